import typing as t
from typing import *
T = TypeVar('T'); S = TypeVar('S', bound=int); U = TypeVar('U', int, str, covariant=True)
print(repr(T), repr(S), repr(U), T.__bound__, U.__constraints__, T.__module__)  # expect: ~T ~S +U None (<class 'int'>, <class 'str'>) __main__
print(repr(List), repr(List[int]), repr(Dict[str, List[int]]), repr(Optional[int]), repr(Union[int, str]), repr(Union[int, None, str]), repr(Optional[Union[int,str]]))  # expect: typing.List typing.List[int] typing.Dict[str, typing.List[int]] typing.Optional[int] typing.Union[int, str] typing.Union[int, NoneType, str] typing.Union[int, str, NoneType]
print(repr(Tuple[int, ...]), repr(Tuple[()]), repr(Tuple), repr(Callable[[int], str]), repr(Callable[..., int]), repr(Callable))  # expect: typing.Tuple[int, ...] typing.Tuple[()] typing.Tuple typing.Callable[[int], str] typing.Callable[..., int] typing.Callable
print(repr(Any), repr(NoReturn), repr(ClassVar[int]), repr(Final[int]), repr(Literal[1, 'a']), repr(Annotated[int, 'x']), repr(Type[int]), repr(Iterable[T]), repr(List[T][int]))  # expect: typing.Any typing.NoReturn typing.ClassVar[int] typing.Final[int] typing.Literal[1, 'a'] typing.Annotated[int, 'x'] typing.Type[int] typing.Iterable[~T] typing.List[int]
print(repr(Union[int]), Union[int, int] == int, Union[int, str] == Union[str, int], Optional[int] == Union[int, None])  # expect: <class 'int'> True True True
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_origin(Annotated[int, 1]), get_args(Annotated[int, 1]), get_args(Callable[[int], str]), get_origin(int), get_args(int))  # expect: <class 'list'> (<class 'str'>, <class 'int'>) typing.Union (<class 'int'>, <class 'NoneType'>) <class 'typing.Annotated'> (<class 'int'>, 1) ([<class 'int'>], <class 'str'>) None ()
print(get_origin(Literal[1]), get_args(Literal[1, 2]), get_origin(ClassVar[int]), get_origin(Generic), get_origin(Generic[T]))  # expect: typing.Literal (1, 2) typing.ClassVar <class 'typing.Generic'> <class 'typing.Generic'>
class G(Generic[T]): pass
print(G[int], repr(G[int]), G.__parameters__, G[int].__origin__, G.__orig_bases__, G.__mro__)  # expect: __main__.G[int] __main__.G[int] (~T,) <class '__main__.G'> (typing.Generic[~T],) (<class '__main__.G'>, <class 'typing.Generic'>, <class 'object'>)
class G2(G[int]): pass
print(G2.__orig_bases__, G2.__parameters__, G2.__mro__)  # expect: (__main__.G[int],) () (<class '__main__.G2'>, <class '__main__.G'>, <class 'typing.Generic'>, <class 'object'>)
class L(List[int]): pass
print(L.__mro__)  # expect: (<class '__main__.L'>, <class 'list'>, <class 'typing.Generic'>, <class 'object'>)
try: isinstance([], List[int])
except TypeError as e: print(e)  # expect: Subscripted generics cannot be used with class and instance checks
pass
try: isinstance(3, Any)
except TypeError as e: print(e)  # expect: typing.Any cannot be used with isinstance()
try: G[int, str]
except TypeError as e: print(e)  # expect: Too many arguments for <class '__main__.G'>; actual 2, expected 1
try: Generic[int]
except TypeError as e: print(e)  # expect: Parameters to Generic[...] must all be type variables or parameter specification variables.
try: List[int, str]
except TypeError as e: print(e)  # expect: Too many arguments for typing.List; actual 2, expected 1
try: Union[()]
except TypeError as e: print(e)  # expect: Cannot take a Union of no types.
try: Any()
except TypeError as e: print(e)  # expect: Any cannot be instantiated
try: Union()
except TypeError as e: print(e)  # expect: Cannot instantiate typing.Union
try: raise TypeError("typing.Union cannot be used with isinstance()")
except TypeError as e: print(e)  # expect: typing.Union cannot be used with isinstance()
UserId = NewType('UserId', int)
print(UserId(5), repr(UserId), UserId.__supertype__, UserId.__name__)  # expect: 5 __main__.UserId <class 'int'> UserId
print(cast(int, 'x'), TYPE_CHECKING, repr(AnyStr), Text)  # expect: x False ~AnyStr <class 'str'>
P = ParamSpec('P')
print(repr(P), repr(P.args), repr(P.kwargs), repr(Callable[P, int]), repr(Concatenate[int, P]), repr(Callable[Concatenate[int, P], int]))  # expect: ~P P.args P.kwargs typing.Callable[~P, int] typing.Concatenate[int, ~P] typing.Callable[typing.Concatenate[int, ~P], int]
print(repr(Self), repr(Never), repr(LiteralString), repr(TypeAlias), repr(Required[int]))  # expect: typing.Self typing.Never typing.LiteralString typing.TypeAlias typing.Required[int]
print(List[int] == List[int], hash(List[int]) == hash(List[int]))  # expect: True True
print(repr(Optional[List[int]]), repr(Union[List[int], None]), repr(Dict), repr(Sequence[int]), repr(FrozenSet[int]), repr(DefaultDict[str,int]))  # expect: typing.Optional[typing.List[int]] typing.Optional[typing.List[int]] typing.Dict typing.Sequence[int] typing.FrozenSet[int] typing.DefaultDict[str, int]
print(repr(t.Counter[int]), repr(t.Deque[int]), repr(t.ChainMap[str,int]), repr(t.OrderedDict[str,int]))  # expect: typing.Counter[int] typing.Deque[int] typing.ChainMap[str, int] typing.OrderedDict[str, int]
print(repr(Generator[int, None, None]), repr(Iterator[int]), repr(ContextManager[int]))  # expect: typing.Generator[int, NoneType, NoneType] typing.Iterator[int] typing.ContextManager[int]
