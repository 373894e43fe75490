import sys

from wen_assess.launcher import main

sys.exit(main())
