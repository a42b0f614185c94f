"""Errors a user can act on. Each carries the exit code the CLI returns."""


class StoryreelError(Exception):
    """Base class: a problem the user can fix; the message says how."""

    exit_code = 1


class InputError(StoryreelError):
    """Bad input from the user (story, script, flags): exit code 2."""

    exit_code = 2


class ScriptError(InputError):
    """script.json does not satisfy the contract. `problems` lists every issue found."""

    def __init__(self, problems: list[str], source: str = "script"):
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"{source} is invalid ({len(problems)} problem(s)):\n{lines}")


class Busy(StoryreelError):
    """Another process is rendering the same project: exit code 3."""

    exit_code = 3


class ToolMissingError(StoryreelError):
    """A system tool (ffmpeg, espeak-ng) or optional extra is not installed."""


class LLMError(StoryreelError):
    """The language model failed or kept answering with invalid output."""


class InvalidAnswers(LLMError):
    """The model answered, but kept answering with invalid output: the planner may then stage from
    the words alone. A model that cannot be reached is a plain LLMError, which stops the plan."""
