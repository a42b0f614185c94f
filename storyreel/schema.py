"""`python -m storyreel.schema PATH`: write the JSON schema of script.json (docs/script.schema.json)."""

import json
import sys
from pathlib import Path

from . import files
from .script import json_schema


def render_schema() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/script.schema.json")
    files.write_text(target, render_schema())
    print(f"wrote {target}")
