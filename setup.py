"""setuptools' package list (the rest of the build is in pyproject.toml): every package under photoclip/, plus
photoclip.resources, which lives in the top-level resources/ folder (pyproject.toml's package-dir maps it) where
no search under photoclip/ can find it."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["photoclip*"]), "photoclip.resources"])
