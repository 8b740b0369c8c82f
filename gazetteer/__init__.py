"""Curated gazetteer tables (see README.md in this folder); shipped as package data ``mapper.tables``."""
