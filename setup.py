"""What pyproject.toml cannot say: the compiled scanner and the glossary shipped inside.

``glossary/_speedups.pyx`` (the matcher's scan and the inline renderer's joining) is
built with Cython when a C compiler is at hand; without one the install still succeeds
and their Python references run instead, slower (``glossary --version`` says which).
It is always compiled afresh from the .pyx: a ``build/`` left from an older checkout
must not ship an older module (``glossary.scan`` also refuses one whose INTERFACE
differs).
"""

import shutil
from pathlib import Path

from Cython.Build import cythonize
from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py


class BuildWithGlossary(build_py):
    """Ship the curated terms/id-en.po inside the package, as glossary/data/id-en.po."""

    def run(self):
        super().run()
        shipped = Path(self.build_lib) / "glossary" / "data" / "id-en.po"
        shipped.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(__file__).parent / "terms" / "id-en.po", shipped)


class BuildFresh(build_ext):
    """Compile every extension again, whatever ``build/`` holds from an earlier run."""

    def finalize_options(self):
        super().finalize_options()
        self.force = True


speedups = Extension("glossary._speedups", ["glossary/_speedups.pyx"])
extensions = cythonize([speedups], language_level=3, force=True)
for extension in extensions:
    extension.optional = True  # a failed compile is a warning (cythonize drops the flag if given)
setup(ext_modules=extensions, cmdclass={"build_py": BuildWithGlossary, "build_ext": BuildFresh})
