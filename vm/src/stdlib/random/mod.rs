//! `random`: CPython's Mersenne Twister and `Lib/random.py` algorithms, so
//! a seeded sequence matches CPython's exactly. One generator per
//! interpreter process, behind a lock (like CPython's module-level
//! instance, shared by every thread).

pub mod algo;
pub mod mt19937;

use crate::object::Obj;
use std::sync::{Arc, OnceLock};

use crate::object::Class;

use num_bigint::BigInt;
use parking_lot::Mutex;

use self::algo::{Random, RandomError, RandomErrorKind};
use self::mt19937::Mt19937;
use crate::builtins::args::{arity, float_arg};
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::types::type_name;
use crate::value::Value;
use crate::PyResult;

fn rng() -> &'static Mutex<Random> {
    static R: OnceLock<Mutex<Random>> = OnceLock::new();
    R.get_or_init(|| {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        Mutex::new(Random::new(Mt19937::from_u64(
            now.as_nanos() as u64 ^ std::process::id() as u64,
        )))
    })
}

fn err(e: RandomError) -> crate::exc::PyErr {
    match e.kind {
        RandomErrorKind::ValueError => exc::value_error(e.message),
        RandomErrorKind::TypeError => exc::type_error(e.message),
        RandomErrorKind::IndexError => exc::index_error(e.message),
        RandomErrorKind::ZeroDivisionError => exc::zero_division(e.message),
    }
}

pub fn module() -> Value {
    super::native_module(
        "random",
        &[
            ("seed", seed),
            ("random", random),
            ("getrandbits", getrandbits),
            ("randrange", randrange),
            ("randint", randint),
            ("choice", choice),
            ("choices", choices),
            ("shuffle", shuffle),
            ("sample", sample),
            ("uniform", uniform),
            ("triangular", triangular),
            ("gauss", gauss),
            ("normalvariate", normalvariate),
            ("expovariate", expovariate),
            ("lognormvariate", lognormvariate),
            ("paretovariate", paretovariate),
            ("weibullvariate", weibullvariate),
            ("vonmisesvariate", vonmisesvariate),
            ("gammavariate", gammavariate),
            ("betavariate", betavariate),
            ("randbytes", randbytes),
            ("getstate", getstate),
            ("setstate", setstate),
            ("Random", new_random),
        ],
        vec![],
    )
}

fn big(v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        Value::Float(f) if f.get().fract() == 0.0 && f.get().is_finite() => {
            Ok(crate::ops::compare::float_to_big(f.get()))
        }
        other => Err(exc::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(other)
        ))),
    }
}

fn seed_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("seed", args, 0, 2)?;
    let mt = match args.first() {
        None | Some(Value::None) => {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            Mt19937::from_u64(now.as_nanos() as u64)
        }
        Some(Value::Int(i)) => Mt19937::from_bigint(&BigInt::from(*i)),
        Some(Value::Bool(b)) => Mt19937::from_bigint(&BigInt::from(b.get() as i64)),
        Some(Value::BigInt(b)) => Mt19937::from_bigint(b),
        Some(Value::Str(s)) => Mt19937::from_str_seed(s.as_str()),
        Some(Value::Bytes(b)) => Mt19937::from_bytes(b),
        Some(Value::Float(f)) => Mt19937::from_hash(crate::hash::hash_f64(f.get())),
        Some(other) => {
            return Err(exc::type_error(format!(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray. Not {}",
                type_name(other)
            )))
        }
    };
    r.lock().reseed(mt);
    Ok(Value::None)
}

fn random_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("random", args, 0, 0)?;
    Ok(Value::float(r.lock().random()))
}

fn getrandbits_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("getrandbits", args, 1, 1)?;
    let k = crate::builtins::args::int_arg("getrandbits", &args[0])?;
    if k > i32::MAX as i64 {
        // CPython reads the bit count as a C int.
        return Err(exc::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    if k > 0 {
        exc::check_alloc((k as usize) / 4)?;
    }
    r.lock().getrandbits(k).map(Value::from_bigint).map_err(err)
}

fn randrange_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("randrange", args, 1, 3)?;
    let start = big(&args[0])?;
    let stop = match args.get(1) {
        Some(v) => Some(big(v)?),
        None => None,
    };
    let step = match args.get(2) {
        Some(v) => Some(big(v)?),
        None => None,
    };
    r.lock()
        .randrange(&start, stop.as_ref(), step.as_ref())
        .map(Value::from_bigint)
        .map_err(err)
}

fn randint_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("randint", args, 2, 2)?;
    r.lock()
        .randint(&big(&args[0])?, &big(&args[1])?)
        .map(Value::from_bigint)
        .map_err(err)
}

fn choice_impl(r: &Mutex<Random>, vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("choice", args, 1, 1)?;
    let n = vm.len(&args[0])?;
    let i = r.lock().choice_index(n).map_err(err)?;
    vm.getitem(&args[0], &Value::Int(i as i64))
}

fn shuffle_impl(r: &Mutex<Random>, vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("shuffle", args, 1, 1)?;
    match &args[0] {
        Value::List(l) => {
            let mut items = l.snapshot();
            r.lock().shuffle(&mut items);
            *l.items.lock() = items;
            Ok(Value::None)
        }
        other => {
            let n = vm.len(other)?;
            let mut idx: Vec<usize> = (0..n).collect();
            r.lock().shuffle(&mut idx);
            let items: Vec<Value> = (0..n)
                .map(|i| vm.getitem(other, &Value::Int(i as i64)))
                .collect::<PyResult<_>>()?;
            for (dst, src) in idx.into_iter().enumerate() {
                vm.setitem(other, Value::Int(dst as i64), items[src].clone())?;
            }
            Ok(Value::None)
        }
    }
}

fn sample_impl(r: &Mutex<Random>, vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let pop = crate::builtins::args::arg_or_kw(args, 0, kw, "population")
        .ok_or_else(|| exc::type_error("sample() missing required argument 'population'"))?;
    let k = crate::builtins::args::arg_or_kw(args, 1, kw, "k")
        .ok_or_else(|| exc::type_error("sample() missing 1 required positional argument: 'k'"))?;
    if let Value::Set(_) | Value::FrozenSet(_) | Value::Dict(_) = pop {
        return Err(exc::type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = vm.len(&pop)?;
    let k = crate::builtins::args::int_arg("sample", &k)?;
    if k > 0 && k as u64 <= n as u64 {
        exc::check_alloc_items(k as usize, 24)?;
    }
    let idx = r.lock().sample_indices(n as u64, k).map_err(err)?;
    let mut out = Vec::with_capacity(idx.len());
    for i in idx {
        out.push(vm.getitem(&pop, &Value::Int(i as i64))?);
    }
    Ok(Value::list(out))
}

fn choices_impl(r: &Mutex<Random>, vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    arity("choices", args, 1, 2)?;
    let [weights, cum, k] =
        crate::builtins::args::take_kw("choices", kw, ["weights", "cum_weights", "k"])?;
    let weights = weights
        .or_else(|| args.get(1).cloned())
        .filter(|w| !w.is_none());
    let k = match k {
        Some(v) => crate::builtins::args::int_arg("choices", &v)?.max(0) as usize,
        None => 1,
    };
    let pop = &args[0];
    let n = vm.len(pop)?;
    exc::check_alloc_items(k, 24)?;
    let idx = match (weights, cum.filter(|c| !c.is_none())) {
        (None, None) => r.lock().choices_uniform(n, k),
        (Some(_), Some(_)) => {
            return Err(exc::type_error(
                "Cannot specify both weights and cumulative weights",
            ))
        }
        (w, c) => {
            let cum_weights: Vec<f64> = match (w, c) {
                (Some(w), _) => {
                    let mut acc = 0.0;
                    let mut out = Vec::new();
                    for x in vm.collect(&w)? {
                        acc += float_arg(&x)?;
                        out.push(acc);
                    }
                    out
                }
                (_, Some(c)) => vm
                    .collect(&c)?
                    .iter()
                    .map(float_arg)
                    .collect::<PyResult<_>>()?,
                _ => unreachable!("one is set"),
            };
            if cum_weights.len() != n {
                return Err(exc::value_error(
                    "The number of weights does not match the population",
                ));
            }
            r.lock().choices_weighted(&cum_weights, n, k).map_err(err)?
        }
    };
    let mut out = Vec::with_capacity(idx.len());
    for i in idx {
        out.push(vm.getitem(pop, &Value::Int(i as i64))?);
    }
    Ok(Value::list(out))
}

fn uniform_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("uniform", args, 2, 2)?;
    Ok(Value::float(
        r.lock().uniform(float_arg(&args[0])?, float_arg(&args[1])?),
    ))
}

fn triangular_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("triangular", args, 0, 3)?;
    let low = args.first().map(float_arg).transpose()?.unwrap_or(0.0);
    let high = args.get(1).map(float_arg).transpose()?.unwrap_or(1.0);
    let mode = match args.get(2) {
        Some(Value::None) | None => None,
        Some(v) => Some(float_arg(v)?),
    };
    Ok(Value::float(r.lock().triangular(low, high, mode)))
}

fn two_floats(args: &[Value], d0: f64, d1: f64) -> PyResult<(f64, f64)> {
    Ok((
        args.first().map(float_arg).transpose()?.unwrap_or(d0),
        args.get(1).map(float_arg).transpose()?.unwrap_or(d1),
    ))
}

fn gauss_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let (mu, sigma) = two_floats(args, 0.0, 1.0)?;
    Ok(Value::float(r.lock().gauss(mu, sigma)))
}

fn normalvariate_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let (mu, sigma) = two_floats(args, 0.0, 1.0)?;
    Ok(Value::float(r.lock().normalvariate(mu, sigma)))
}

fn lognormvariate_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let (mu, sigma) = two_floats(args, 0.0, 1.0)?;
    Ok(Value::float(r.lock().lognormvariate(mu, sigma)))
}

fn expovariate_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("expovariate", args, 1, 1)?;
    r.lock()
        .expovariate(float_arg(&args[0])?)
        .map(Value::float)
        .map_err(err)
}

/// Each function twice: on the module's generator, and as a method of
/// `random.Random` on the instance's own.
macro_rules! module_and_method {
    ($($f:ident, $m:ident => $imp:ident;)*) => {$(
        fn $f(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
            $imp(rng(), vm, args, kw)
        }

        fn $m(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
            let g = this(&args[0])?;
            $imp(&g, vm, &args[1..], kw)
        }
    )*};
}

module_and_method! {
    seed, m_seed => seed_impl;
    random, m_random => random_impl;
    getrandbits, m_getrandbits => getrandbits_impl;
    randrange, m_randrange => randrange_impl;
    randint, m_randint => randint_impl;
    choice, m_choice => choice_impl;
    shuffle, m_shuffle => shuffle_impl;
    sample, m_sample => sample_impl;
    choices, m_choices => choices_impl;
    uniform, m_uniform => uniform_impl;
    triangular, m_triangular => triangular_impl;
    gauss, m_gauss => gauss_impl;
    normalvariate, m_normalvariate => normalvariate_impl;
    expovariate, m_expovariate => expovariate_impl;
    lognormvariate, m_lognormvariate => lognormvariate_impl;
    paretovariate, m_paretovariate => paretovariate_impl;
    weibullvariate, m_weibullvariate => weibullvariate_impl;
    vonmisesvariate, m_vonmisesvariate => vonmisesvariate_impl;
    gammavariate, m_gammavariate => gammavariate_impl;
    betavariate, m_betavariate => betavariate_impl;
    randbytes, m_randbytes => randbytes_impl;
    getstate, m_getstate => getstate_impl;
    setstate, m_setstate => setstate_impl;
}

fn float_division_by_zero() -> crate::exc::PyErr {
    exc::zero_division("float division by zero")
}

fn paretovariate_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("paretovariate", args, 1, 1)?;
    let alpha = float_arg(&args[0])?;
    if alpha == 0.0 {
        return Err(float_division_by_zero());
    }
    Ok(Value::float(r.lock().paretovariate(alpha)))
}

fn weibullvariate_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("weibullvariate", args, 2, 2)?;
    let (alpha, beta) = (float_arg(&args[0])?, float_arg(&args[1])?);
    if beta == 0.0 {
        return Err(float_division_by_zero());
    }
    Ok(Value::float(r.lock().weibullvariate(alpha, beta)))
}

fn vonmisesvariate_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("vonmisesvariate", args, 2, 2)?;
    let (mu, kappa) = (float_arg(&args[0])?, float_arg(&args[1])?);
    Ok(Value::float(r.lock().vonmisesvariate(mu, kappa)))
}

fn gammavariate_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("gammavariate", args, 2, 2)?;
    let (alpha, beta) = (float_arg(&args[0])?, float_arg(&args[1])?);
    r.lock()
        .gammavariate(alpha, beta)
        .map(Value::float)
        .map_err(err)
}

fn betavariate_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("betavariate", args, 2, 2)?;
    let (alpha, beta) = (float_arg(&args[0])?, float_arg(&args[1])?);
    r.lock()
        .betavariate(alpha, beta)
        .map(Value::float)
        .map_err(err)
}

fn randbytes_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("randbytes", args, 1, 1)?;
    let n = crate::builtins::args::int_arg("randbytes", &args[0])?;
    if n < 0 {
        return Err(exc::value_error("number of bits must be non-negative"));
    }
    if n > (i32::MAX / 8) as i64 {
        // randbytes(n) draws getrandbits(n * 8), whose count is a C int.
        return Err(exc::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    let n =
        usize::try_from(n).map_err(|_| exc::overflow_error("randbytes() argument too large"))?;
    if n > isize::MAX as usize / 8 {
        return Err(exc::memory_error("randbytes() argument too large"));
    }
    // The draw is built as an int of `8 n` bits, then as `n` bytes.
    exc::check_alloc_items(n, 3)?;
    Ok(Value::Bytes(Obj::new(r.lock().randbytes(n))))
}

/// `getstate()`: `(3, (624 state words..., index), gauss_next)`.
fn getstate_impl(r: &Mutex<Random>, _vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("getstate", args, 0, 0)?;
    let r = r.lock();
    let (words, index) = r.mt.state();
    let mut inner: Vec<Value> = words.iter().map(|&w| Value::Int(w as i64)).collect();
    inner.push(Value::Int(index as i64));
    let gauss = r.gauss_next.map(Value::float).unwrap_or(Value::None);
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(inner),
        gauss,
    ]))
}

/// `setstate(state)`, accepting what `getstate` returns.
fn setstate_impl(r: &Mutex<Random>, vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("setstate", args, 1, 1)?;
    let Value::Tuple(state) = &args[0] else {
        return Err(exc::type_error("state must be a tuple"));
    };
    let version = state.items.first().cloned().unwrap_or(Value::None);
    // Version 2 (Python 2's pickles) holds the words as signed longs.
    let v2 = matches!(version, Value::Int(2));
    if !(v2 || matches!(version, Value::Int(3))) || state.items.len() != 3 {
        let v = vm.repr(&version)?;
        return Err(exc::value_error(format!(
            "state with version {v} passed to Random.setstate() of version 3"
        )));
    }
    let Value::Tuple(inner) = &state.items[1] else {
        return Err(exc::type_error("state vector must be a tuple"));
    };
    if inner.items.len() != mt19937::N + 1 {
        return Err(exc::value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; mt19937::N];
    for (w, v) in words.iter_mut().zip(inner.items.iter()) {
        *w = match v {
            Value::Int(i) if (0..=u32::MAX as i64).contains(i) => *i as u32,
            Value::Int(i) if v2 => i.rem_euclid(1 << 32) as u32,
            Value::Int(_) | Value::BigInt(_) => {
                return Err(exc::overflow_error(
                    "Python int too large to convert to C unsigned long",
                ))
            }
            other => {
                return Err(exc::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(other)
                )))
            }
        };
    }
    let index = match &inner.items[mt19937::N] {
        Value::Int(i) if (0..=mt19937::N as i64).contains(i) => *i as usize,
        Value::Int(_) => return Err(exc::value_error("invalid state")),
        other => {
            return Err(exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(other)
            )))
        }
    };
    let gauss = match &state.items[2] {
        Value::None => None,
        v => Some(float_arg(v)?),
    };
    let mt = Mt19937::from_state(&words, index).ok_or_else(|| exc::value_error("invalid state"))?;
    let mut g = r.lock();
    g.mt = mt;
    g.gauss_next = gauss;
    Ok(Value::None)
}

/// The generator behind a `random.Random` instance.
fn this(v: &Value) -> PyResult<Arc<Mutex<Random>>> {
    match v {
        Value::Native(n) => n
            .data
            .downcast_ref::<Arc<Mutex<Random>>>()
            .cloned()
            .ok_or_else(|| exc::type_error("Random expected")),
        _ => Err(exc::type_error("Random expected")),
    }
}

fn random_class() -> &'static Obj<Class> {
    static C: OnceLock<Obj<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = crate::builtins::native_class("Random", "random");
        let methods: &[(&str, crate::object::BuiltinFn)] = &[
            ("seed", m_seed),
            ("random", m_random),
            ("getrandbits", m_getrandbits),
            ("randrange", m_randrange),
            ("randint", m_randint),
            ("choice", m_choice),
            ("shuffle", m_shuffle),
            ("sample", m_sample),
            ("choices", m_choices),
            ("uniform", m_uniform),
            ("triangular", m_triangular),
            ("gauss", m_gauss),
            ("normalvariate", m_normalvariate),
            ("expovariate", m_expovariate),
            ("lognormvariate", m_lognormvariate),
            ("paretovariate", m_paretovariate),
            ("weibullvariate", m_weibullvariate),
            ("vonmisesvariate", m_vonmisesvariate),
            ("gammavariate", m_gammavariate),
            ("betavariate", m_betavariate),
            ("randbytes", m_randbytes),
            ("getstate", m_getstate),
            ("setstate", m_setstate),
        ];
        crate::builtins::add_methods(&c, "Random", methods);
        c
    })
}

/// `random.Random(seed=None)`: an independent generator.
fn new_random(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let g = Arc::new(Mutex::new(Random::new(Mt19937::from_u32(0))));
    seed_impl(&g, vm, args, kw)?;
    Ok(Value::Native(Obj::new(crate::object::NativeObj {
        class: random_class().clone(),
        data: Box::new(g),
    })))
}
