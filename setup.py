"""What setup.cfg cannot say: the data folders at the top of the repository ship inside the
package.

`patterns/` (rules, vocabularies, source files) and `corpora/archive/` (the bundled sample
archive) stay where people edit them, and are mapped at build time into the package as
`extractor/_data/patterns` and `extractor/_data/archive`; `extractor.patterns.shipped`
finds them at run time in a wheel and in a checkout alike. Everything else is in setup.cfg.
"""
from pathlib import Path

from setuptools import find_packages, setup

# package inside the wheel -> folder in the repository
DATA_FOLDERS = {
    "extractor._data.patterns": "patterns",
    "extractor._data.archive": "corpora/archive",
}


def data_packages() -> dict[str, str]:
    """Each data folder and its subfolders as a package of data files, so that setuptools
    copies them (a subfolder added later travels without an edit here)."""
    mapping = {}
    for package, folder in DATA_FOLDERS.items():
        root = Path(folder)
        for path in [root, *sorted(p for p in root.rglob("*") if p.is_dir())]:
            mapping[".".join([package, *path.relative_to(root).parts])] = path.as_posix()
    return mapping


DATA_PACKAGES = data_packages()

setup(
    packages=find_packages(include=["extractor", "extractor.*"]) + list(DATA_PACKAGES),
    package_dir=DATA_PACKAGES,
    package_data={"extractor": ["schemas/*.json"], **{name: ["*"] for name in DATA_PACKAGES}},
)
