"""``python -m factcheck`` is the ``factcheck`` command."""

import sys

from factcheck.cli import main

sys.exit(main())
