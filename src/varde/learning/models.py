"""E-learning as Wagtail pages: a course has modules, a module has lessons and a quiz.

Progress: signed-in learners get a ``Progress`` row per passed module. Anonymous learners carry their
progress in the browser: a signed cookie with the ids of the modules they passed (no identifier, works
without JavaScript), mirrored in localStorage by a small script for the course overview.

Certificates store the code, course, date and a keyed hash of the name the learner typed, never the
name itself. The verification page confirms code, course and date; whoever holds the certificate can
also check that a given name matches.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from varde.core.blocks import BaseStreamBlock
from varde.core.routing import RoutedPageMixin


class QuizAnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Svar"))
    correct = blocks.BooleanBlock(required=False, label=_("Riktig"))
    feedback = blocks.CharBlock(required=False, label=_("Tilbakemelding"))


class QuizQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Spørsmål"))
    multiple = blocks.BooleanBlock(required=False, label=_("Flere riktige svar"))
    answers = blocks.ListBlock(QuizAnswerBlock(), label=_("Svaralternativer"))

    class Meta:
        icon = "help"
        label = _("Quizspørsmål")


class CoursePage(RoutedPageMixin, Page):
    intro = models.TextField(blank=True, verbose_name=_("Ingress"))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("Om kurset"))
    pass_mark = models.PositiveSmallIntegerField(
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        verbose_name=_("Krav for bestått (prosent)"),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body"), FieldPanel("pass_mark")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["core.ContentPage", "core.HomePage"]
    subpage_types = ["learning.ModulePage"]
    template = "learning/course_page.html"

    class Meta:
        verbose_name = _("Kurs")

    def modules(self):
        return ModulePage.objects.child_of(self).live().order_by("path")

    def get_context(self, request, *args, **kwargs):
        from varde.learning import selectors

        context = super().get_context(request, *args, **kwargs)
        passed = selectors.passed_module_ids(request=request, course=self)
        modules = list(self.modules())
        context["modules"] = [(m, m.pk in passed) for m in modules]
        context["all_passed"] = bool(modules) and all(m.pk in passed for m in modules)
        return context


class ModulePage(RoutedPageMixin, Page):
    intro = models.TextField(blank=True, verbose_name=_("Ingress"))
    quiz = StreamField([("question", QuizQuestionBlock())], blank=True, verbose_name=_("Quiz"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("quiz")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["learning.CoursePage"]
    subpage_types = ["learning.LessonPage"]
    template = "learning/module_page.html"

    class Meta:
        verbose_name = _("Kursmodul")

    def lessons(self):
        return LessonPage.objects.child_of(self).live().order_by("path")

    def course(self):
        return self.get_parent().specific

    def serve(self, request, *args, **kwargs):
        from varde.learning import views

        if request.method == "POST":
            return views.module_quiz_post(request, self)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from varde.learning import selectors

        context = super().get_context(request, *args, **kwargs)
        course = self.course()
        context["course"] = course
        context["lessons"] = list(self.lessons())
        context["questions"] = selectors.quiz_questions(self)
        context["passed"] = self.pk in selectors.passed_module_ids(request=request, course=course)
        return context


class LessonPage(RoutedPageMixin, Page):
    body = StreamField(BaseStreamBlock(), verbose_name=_("Innhold"))

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["learning.ModulePage"]
    subpage_types: list[str] = []
    template = "learning/lesson_page.html"

    class Meta:
        verbose_name = _("Leksjon")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        module = self.get_parent().specific
        siblings = list(module.lessons())
        position = next((i for i, lesson in enumerate(siblings) if lesson.pk == self.pk), 0)
        context.update(
            module=module,
            course=module.course(),
            position=position + 1,
            lesson_count=len(siblings),
            next_lesson=siblings[position + 1] if position + 1 < len(siblings) else None,
        )
        return context


class Progress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learning_progress"
    )
    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="progress")
    score = models.PositiveSmallIntegerField(default=0)
    passed = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "module"], name="learning_progress_once")]
        verbose_name = _("Framdrift")

    def __str__(self):
        return f"{self.user_id}/{self.module_id}"


class Certificate(models.Model):
    code = models.CharField(max_length=14, unique=True)
    course = models.ForeignKey(CoursePage, on_delete=models.PROTECT, related_name="certificates")
    course_title = models.CharField(max_length=255)
    issued_on = models.DateField()
    name_hash = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("Kursbevis")
        verbose_name_plural = _("Kursbevis")

    def __str__(self):
        return self.code
