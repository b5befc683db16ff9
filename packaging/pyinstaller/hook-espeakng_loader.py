"""PyInstaller hook: espeakng-loader finds libespeak-ng and espeak-ng-data next to its __init__.py.

No stock hook exists; without this the offline engine fails in a bundle with "data is missing".
Only the unversioned library name is loaded (get_library_path), so the .so.1 copies stay out.
"""

from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, get_package_paths

_, package_dir = get_package_paths("espeakng_loader")
_names = ("libespeak-ng.so", "libespeak-ng.dylib", "espeak-ng.dll")
binaries = [(str(Path(package_dir) / n), "espeakng_loader") for n in _names
            if (Path(package_dir) / n).is_file()]
datas = collect_data_files("espeakng_loader", subdir="espeak-ng-data")
