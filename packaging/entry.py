"""The bundle's entry point: the executable's own name says which launcher to run.

One script serves both Windows executables (same runtime, same modules): `wen-assess-gui`
is the windowed one the Start menu opens, `wen-assess` the console one for commands.
"""

import sys
from pathlib import Path

from wen_assess.launcher import gui_main, main

if __name__ == "__main__":
    gui = Path(sys.executable).stem.lower().endswith("-gui")
    sys.exit(gui_main() if gui else main())
