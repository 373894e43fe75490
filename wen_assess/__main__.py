import sys

from wen_assess.cli import main

sys.exit(main())
