"""Deployments of Vivier's flows: ``vivier serve`` and ``prefect.yaml``."""
