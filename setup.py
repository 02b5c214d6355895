"""What pyproject.toml cannot say: the compiled scanner and the glossary shipped inside.

``glossary/_speedups.pyx`` (the matcher's scan and the inline renderer's joining) is
built with Cython when a C compiler is at hand; without one the install still succeeds
and their Python references run instead, slower.
"""

import shutil
from pathlib import Path

from Cython.Build import cythonize
from setuptools import Extension, setup
from setuptools.command.build_py import build_py


class BuildWithGlossary(build_py):
    """Ship the curated terms/id-en.po inside the package, as glossary/data/id-en.po."""

    def run(self):
        super().run()
        shipped = Path(self.build_lib) / "glossary" / "data" / "id-en.po"
        shipped.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(__file__).parent / "terms" / "id-en.po", shipped)


speedups = Extension("glossary._speedups", ["glossary/_speedups.pyx"])
extensions = cythonize([speedups], language_level=3)
for extension in extensions:
    extension.optional = True  # a failed compile is a warning (cythonize drops the flag if given)
setup(ext_modules=extensions, cmdclass={"build_py": BuildWithGlossary})
