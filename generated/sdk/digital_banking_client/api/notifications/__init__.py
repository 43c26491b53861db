# generated from specs/openapi.yaml by tools/sdk.py, do not edit
"""Contains endpoint functions for accessing the API"""
