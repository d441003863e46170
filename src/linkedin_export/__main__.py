"""``python -m linkedin_export`` runs the command line."""

from linkedin_export.cli import main

raise SystemExit(main())
