print(list[int], dict[str, list[int]], int | None, int | str | None)
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str))
from typing import List, Optional, Union

# The output, in order:
# expect: list[int] dict[str, list[int]] int | None int | str | None
# expect: True True True
