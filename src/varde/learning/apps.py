from django.apps import AppConfig


class LearningConfig(AppConfig):
    """E-learning: courses, modules, quizzes, certificates and SCORM export."""

    name = "varde.learning"
    label = "learning"
    verbose_name = "E-læring"

    def load_demo(self, home):
        from varde.learning.demo import load_demo

        load_demo(home)
