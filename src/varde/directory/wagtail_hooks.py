"""Wagtail admin: services (with revision history), the suggestion queue and the stale list."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from varde.directory import admin_views
from varde.directory.models import ChangeSuggestion, Service


class ServiceIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        buttons.append(
            ListingMenuItem(
                _("Verifisert i dag …"),
                url=reverse("directory_admin:stale") + f"#service-{instance.pk}",
                icon_name="tick",
                priority=15,
            )
        )
        return buttons


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "help"
    menu_label = _("Hjelpetjenester")
    index_view_class = ServiceIndexView
    list_display = ["name", "coverage", "is_24_7", "last_verified", "verified_by"]
    list_filter = ["coverage", "is_24_7", "uncertain"]
    search_fields = ["name", "organisation"]


class ChangeSuggestionViewSet(SnippetViewSet):
    model = ChangeSuggestion
    icon = "mail"
    menu_label = _("Endringsforslag")
    list_display = ["service", "status", "created_at"]
    list_filter = ["status"]


class DirectoryGroup(SnippetViewSetGroup):
    items = (ServiceViewSet, ChangeSuggestionViewSet)
    menu_icon = "help"
    menu_label = _("Hjelp og henvisning")
    menu_name = "directory"


register_snippet(DirectoryGroup)

admin_urls = [
    path("verify/<int:pk>/", admin_views.mark_verified, name="verify"),
    path("stale/", admin_views.stale_list, name="stale"),
    path("suggestion/<int:pk>/close/", admin_views.close_suggestion, name="close_suggestion"),
]


@hooks.register("register_admin_urls")
def register_directory_admin_urls():
    return [path("directory/", include((admin_urls, "directory_admin")))]


@hooks.register("register_admin_menu_item")
def register_stale_menu_item():
    return MenuItem(_("Må kontrolleres"), reverse("directory_admin:stale"), icon_name="warning", order=9000)
