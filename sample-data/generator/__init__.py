"""Pieces of make_sample_data.py: text banks, record content, writing, README."""
