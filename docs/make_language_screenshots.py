"""The app in French and in Spanish at the workshop laptop's size, from the real app and demo
data: library, an area page, results, action plan, comparison (docs/screenshots/<lang>-*.png).

    xvfb-run -a -s "-screen 0 1366x768x24" python docs/make_language_screenshots.py
Without a display it falls back to Qt's offscreen platform (same widgets and fonts).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import main, open_window, save  # sets the Qt platform first

LANGUAGES = ("fr", "es")


def _shoot(db: Path) -> int:
    from wen_assess.demo import add_demo_assessments

    _app, service, window = open_window(db)
    add_demo_assessments(service)
    window.refresh_library()

    sawen = next(s.id for s in service.list_summaries() if s.network_name == "SAWEN")
    hawen = [s.id for s in service.list_summaries() if s.network_name == "HAWEN"]
    for code in LANGUAGES:
        window.set_language(code)  # as View › Language does
        window.show_library()
        save(window, f"{code}-01-library")
        window.open_assessment(sawen)
        assert window.view is not None
        for number, key in (("02", "area:GOV"), ("03", "results"), ("04", "plan")):
            window.view.show_page(key)
            save(window, f"{code}-{number}-{key.replace(':', '-')}")
        window.show_library()
        window.compare_assessments(hawen)
        save(window, f"{code}-05-compare")
    window.set_language("en")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(_shoot))
