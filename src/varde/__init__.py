"""Varde: the national platform for work against human trafficking in the health and care services."""
