from django.apps import AppConfig


class CompetenceConfig(AppConfig):
    """Competence mapping (surveys), training catalogue, gap analysis and teaching resources."""

    name = "varde.competence"
    label = "competence"
    verbose_name = "Kompetanse"

    def load_demo(self, home):
        from varde.competence.demo import load_demo

        load_demo(home)
