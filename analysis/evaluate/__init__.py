"""Evaluation of the analyzers against labelled development data.

Run ``python -m analysis.evaluate {sentiment,hedging,escalation} PATH``; each sub-module has a
``main(argv)`` that prints its figures. The data sets are not shipped (see the README).
"""
