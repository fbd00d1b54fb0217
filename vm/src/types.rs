//! The built-in classes, created once per process and shared by every
//! interpreter, and `class_of`, which maps any value to its class.

use crate::object::Obj;
use std::sync::{Arc, OnceLock};

use parking_lot::RwLock;

use crate::object::{Class, ClassKind};
use crate::value::Value;

macro_rules! builtin_types {
    ($( $field:ident : $name:literal , $kind:ident , [$($base:ident),*] ;)*) => {
        /// Every built-in class, by field.
        pub struct Types {
            $( pub $field: Obj<Class>, )*
        }

        impl Types {
            fn create() -> Types {
                $( let $field = new_class($name, ClassKind::$kind, vec![$($base.clone()),*]); )*
                Types { $( $field, )* }
            }

            /// All classes with their script-visible names.
            pub fn all(&self) -> Vec<(&'static str, &Obj<Class>)> {
                vec![$( ($name, &self.$field), )*]
            }
        }
    };
}

builtin_types! {
    object: "object", Object, [];
    type_: "type", Type, [object];
    none: "NoneType", NoneType, [object];
    int: "int", Int, [object];
    bool_: "bool", Bool, [int];
    float: "float", Float, [object];
    str_: "str", Str, [object];
    bytes: "bytes", Bytes, [object];
    list: "list", List, [object];
    tuple: "tuple", Tuple, [object];
    dict: "dict", Dict, [object];
    set: "set", Set, [object];
    frozenset: "frozenset", FrozenSet, [object];
    range: "range", Range, [object];
    slice: "slice", Slice, [object];
    function: "function", Function, [object];
    builtin_function: "builtin_function_or_method", BuiltinFunction, [object];
    method: "method", Method, [object];
    module: "module", Module, [object];
    generator: "generator", Generator, [object];
    iterator: "iterator", Iterator, [object];
    cell: "cell", Cell, [object];
    code: "code", Object, [object];
    ellipsis: "ellipsis", Ellipsis, [object];
    not_implemented: "NotImplementedType", NotImplementedType, [object];
    property: "property", Property, [object];
    staticmethod: "staticmethod", StaticMethod, [object];
    classmethod: "classmethod", ClassMethod, [object];
    super_: "super", Super, [object];
    dict_keys: "dict_keys", Iterator, [object];
    dict_values: "dict_values", Iterator, [object];
    dict_items: "dict_items", Iterator, [object];
    base_exception: "BaseException", Exception, [object];
    system_exit: "SystemExit", Exception, [base_exception];
    keyboard_interrupt: "KeyboardInterrupt", Exception, [base_exception];
    generator_exit: "GeneratorExit", Exception, [base_exception];
    exception: "Exception", Exception, [base_exception];
    arithmetic_error: "ArithmeticError", Exception, [exception];
    zero_division_error: "ZeroDivisionError", Exception, [arithmetic_error];
    overflow_error: "OverflowError", Exception, [arithmetic_error];
    lookup_error: "LookupError", Exception, [exception];
    key_error: "KeyError", Exception, [lookup_error];
    index_error: "IndexError", Exception, [lookup_error];
    value_error: "ValueError", Exception, [exception];
    unicode_error: "UnicodeError", Exception, [value_error];
    unicode_decode_error: "UnicodeDecodeError", Exception, [unicode_error];
    unicode_encode_error: "UnicodeEncodeError", Exception, [unicode_error];
    type_error: "TypeError", Exception, [exception];
    name_error: "NameError", Exception, [exception];
    unbound_local_error: "UnboundLocalError", Exception, [name_error];
    attribute_error: "AttributeError", Exception, [exception];
    runtime_error: "RuntimeError", Exception, [exception];
    recursion_error: "RecursionError", Exception, [runtime_error];
    not_implemented_error: "NotImplementedError", Exception, [runtime_error];
    stop_iteration: "StopIteration", Exception, [exception];
    assertion_error: "AssertionError", Exception, [exception];
    import_error: "ImportError", Exception, [exception];
    module_not_found_error: "ModuleNotFoundError", Exception, [import_error];
    os_error: "OSError", Exception, [exception];
    timeout_error: "TimeoutError", Exception, [os_error];
    blocking_io_error: "BlockingIOError", Exception, [os_error];
    child_process_error: "ChildProcessError", Exception, [os_error];
    connection_error: "ConnectionError", Exception, [os_error];
    broken_pipe_error: "BrokenPipeError", Exception, [connection_error];
    connection_aborted_error: "ConnectionAbortedError", Exception, [connection_error];
    connection_refused_error: "ConnectionRefusedError", Exception, [connection_error];
    connection_reset_error: "ConnectionResetError", Exception, [connection_error];
    file_exists_error: "FileExistsError", Exception, [os_error];
    file_not_found_error: "FileNotFoundError", Exception, [os_error];
    interrupted_error: "InterruptedError", Exception, [os_error];
    is_a_directory_error: "IsADirectoryError", Exception, [os_error];
    not_a_directory_error: "NotADirectoryError", Exception, [os_error];
    permission_error: "PermissionError", Exception, [os_error];
    process_lookup_error: "ProcessLookupError", Exception, [os_error];
    floating_point_error: "FloatingPointError", Exception, [arithmetic_error];
    buffer_error: "BufferError", Exception, [exception];
    reference_error: "ReferenceError", Exception, [exception];
    system_error: "SystemError", Exception, [exception];
    stop_async_iteration: "StopAsyncIteration", Exception, [exception];
    unicode_translate_error: "UnicodeTranslateError", Exception, [unicode_error];
    warning: "Warning", Exception, [exception];
    user_warning: "UserWarning", Exception, [warning];
    deprecation_warning: "DeprecationWarning", Exception, [warning];
    pending_deprecation_warning: "PendingDeprecationWarning", Exception, [warning];
    syntax_warning: "SyntaxWarning", Exception, [warning];
    runtime_warning: "RuntimeWarning", Exception, [warning];
    future_warning: "FutureWarning", Exception, [warning];
    import_warning: "ImportWarning", Exception, [warning];
    unicode_warning: "UnicodeWarning", Exception, [warning];
    bytes_warning: "BytesWarning", Exception, [warning];
    resource_warning: "ResourceWarning", Exception, [warning];
    encoding_warning: "EncodingWarning", Exception, [warning];
    memory_error: "MemoryError", Exception, [exception];
    syntax_error: "SyntaxError", Exception, [exception];
    indentation_error: "IndentationError", Exception, [syntax_error];
    tab_error: "TabError", Exception, [indentation_error];
    eof_error: "EOFError", Exception, [exception];
    queue_closed: "QueueClosed", Exception, [exception];
    deadlock: "Deadlock", Exception, [exception];
    park_signal: "_Park", Exception, [base_exception];
}

fn new_class(name: &'static str, kind: ClassKind, bases: Vec<Obj<Class>>) -> Obj<Class> {
    let mro = linear_mro(&bases);
    Obj::new(Class {
        name: Arc::from(name),
        qualname: Arc::from(name),
        module: Arc::from(match name {
            "QueueClosed" | "Deadlock" => "scriptling.threads",
            _ => "builtins",
        }),
        bases,
        mro,
        dict: RwLock::new(Default::default()),
        kind,
        builtin: true,
        slots: None,
        frozen: std::sync::OnceLock::new(),
        frozen_list: std::sync::OnceLock::new(),
        meta: None,
        cache: std::sync::atomic::AtomicU64::new(0),
        id: crate::object::Class::new_id(),
    })
}

/// MRO of a class with single-chain bases (built-ins only), without itself.
fn linear_mro(bases: &[Obj<Class>]) -> Vec<Obj<Class>> {
    let mut v = Vec::new();
    if let Some(b) = bases.first() {
        v.push(b.clone());
        v.extend(b.mro.iter().cloned());
    }
    v
}

static TYPES: OnceLock<Types> = OnceLock::new();

/// The process-wide built-in classes (created, with their methods, on first use).
#[inline]
pub fn types() -> &'static Types {
    TYPES.get_or_init(|| {
        let t = Types::create();
        crate::builtins::register_methods(&t);
        for (_, c) in t.all() {
            c.freeze();
        }
        t
    })
}

/// The class of any value.
pub fn class_of(v: &Value) -> Obj<Class> {
    let t = types();
    match v {
        Value::Instance(i) => i.class.clone(),
        Value::Native(n) => n.class.clone(),
        Value::Class(c) => match &c.meta {
            Some(m) => m.clone(),
            None => t.type_.clone(),
        },
        other => builtin_class(t, other).clone(),
    }
}

fn builtin_class<'a>(t: &'a Types, v: &Value) -> &'a Obj<Class> {
    match v {
        Value::None => &t.none,
        Value::Bool(_) => &t.bool_,
        Value::Int(_) | Value::BigInt(_) => &t.int,
        Value::Float(_) => &t.float,
        Value::Str(_) => &t.str_,
        Value::Bytes(_) => &t.bytes,
        Value::List(_) => &t.list,
        Value::Tuple(_) => &t.tuple,
        Value::Dict(_) => &t.dict,
        Value::Set(_) => &t.set,
        Value::FrozenSet(_) => &t.frozenset,
        Value::Range(_) => &t.range,
        Value::Slice(_) => &t.slice,
        Value::Function(_) => &t.function,
        Value::Builtin(_) => &t.builtin_function,
        Value::Method(_) => &t.method,
        Value::Class(_) => &t.type_,
        Value::Module(_) => &t.module,
        Value::Generator(_) => &t.generator,
        Value::Iter(_) => &t.iterator,
        Value::Cell(_) => &t.cell,
        Value::Code(_) => &t.code,
        Value::Ellipsis => &t.ellipsis,
        Value::NotImplemented => &t.not_implemented,
        Value::Instance(_) | Value::Native(_) | Value::Undef => &t.object,
    }
}

/// The class of any value, borrowed (no reference count traffic).
#[inline]
pub fn class_ref(v: &Value) -> &Class {
    match v {
        Value::Instance(i) => &i.class,
        Value::Native(n) => &n.class,
        Value::Class(c) => match &c.meta {
            Some(m) => m,
            None => &types().type_,
        },
        other => builtin_class(types(), other),
    }
}

/// The name of a value's type, as error messages print it.
pub fn type_name(v: &Value) -> String {
    match v {
        Value::Instance(i) => i.class.name.to_string(),
        Value::Native(n) => n.class.name.to_string(),
        Value::Iter(it) => it.kind.to_string(),
        other => builtin_class(types(), other).name.to_string(),
    }
}

/// `isinstance(v, cls)` by class identity along the MRO.
pub fn is_instance(v: &Value, cls: &Class) -> bool {
    match v {
        Value::Instance(i) => i.class.is_subclass(cls),
        Value::Native(n) => n.class.is_subclass(cls),
        Value::Class(c) => match &c.meta {
            Some(m) => m.is_subclass(cls),
            None => types().type_.is_subclass(cls),
        },
        other => builtin_class(types(), other).is_subclass(cls),
    }
}
