"""Read-only content API (Wagtail API v2), mounted at /api/content/."""

urlpatterns: list = []
