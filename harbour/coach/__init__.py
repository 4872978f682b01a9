"""The PACE coach: checks an adult's words to a child against the PACE approach.

Pure Python with no database access, so it can run in a view, on the command
line or in a test without Django settings. The public entry point is
:func:`harbour.coach.analyser.analyse`.
"""
