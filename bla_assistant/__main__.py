import sys

from bla_assistant.main import main

sys.exit(main())
