//! `random`: CPython's Mersenne Twister and `Lib/random.py` algorithms, so
//! a seeded sequence matches CPython's exactly. One generator per
//! interpreter process, behind a lock (like CPython's module-level
//! instance, shared by every thread).

pub mod algo;
pub mod mt19937;

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

fn seed(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    seed_impl(rng(), vm, args, kw)
}

fn m_seed(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let g = this(&args[0])?;
    seed_impl(&g, vm, &args[1..], kw)
}

fn random(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    random_impl(rng(), vm, args, kw)
}

fn m_random(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let g = this(&args[0])?;
    random_impl(&g, vm, &args[1..], kw)
}

fn getrandbits(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    getrandbits_impl(rng(), vm, args, kw)
}

fn m_getrandbits(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let g = this(&args[0])?;
    getrandbits_impl(&g, vm, &args[1..], kw)
}

fn randrange(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    randrange_impl(rng(), vm, args, kw)
}

fn m_randrange(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let g = this(&args[0])?;
    randrange_impl(&g, vm, &args[1..], kw)
}

fn randint(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    randint_impl(rng(), vm, args, kw)
}

fn m_randint(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let g = this(&args[0])?;
    randint_impl(&g, vm, &args[1..], kw)
}

fn choice(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    choice_impl(rng(), vm, args, kw)
}

fn m_choice(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let g = this(&args[0])?;
    choice_impl(&g, vm, &args[1..], kw)
}

fn shuffle(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    shuffle_impl(rng(), vm, args, kw)
}

fn m_shuffle(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let g = this(&args[0])?;
    shuffle_impl(&g, vm, &args[1..], kw)
}

fn sample(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    sample_impl(rng(), vm, args, kw)
}

fn m_sample(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let g = this(&args[0])?;
    sample_impl(&g, vm, &args[1..], kw)
}

fn choices(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    choices_impl(rng(), vm, args, kw)
}

fn m_choices(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let g = this(&args[0])?;
    choices_impl(&g, vm, &args[1..], kw)
}

fn uniform(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    uniform_impl(rng(), vm, args, kw)
}

fn m_uniform(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let g = this(&args[0])?;
    uniform_impl(&g, vm, &args[1..], kw)
}

fn triangular(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    triangular_impl(rng(), vm, args, kw)
}

fn m_triangular(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let g = this(&args[0])?;
    triangular_impl(&g, vm, &args[1..], kw)
}

fn gauss(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    gauss_impl(rng(), vm, args, kw)
}

fn m_gauss(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let g = this(&args[0])?;
    gauss_impl(&g, vm, &args[1..], kw)
}

fn normalvariate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    normalvariate_impl(rng(), vm, args, kw)
}

fn m_normalvariate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let g = this(&args[0])?;
    normalvariate_impl(&g, vm, &args[1..], kw)
}

fn expovariate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    expovariate_impl(rng(), vm, args, kw)
}

fn m_expovariate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let g = this(&args[0])?;
    expovariate_impl(&g, vm, &args[1..], kw)
}

fn lognormvariate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    lognormvariate_impl(rng(), vm, args, kw)
}

fn m_lognormvariate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let g = this(&args[0])?;
    lognormvariate_impl(&g, vm, &args[1..], kw)
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

fn random_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
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
        ];
        crate::builtins::add_methods(&c, "Random", methods);
        c
    })
}

/// `random.Random(seed=None)`: an independent generator.
fn new_random(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let g = Arc::new(Mutex::new(Random::new(Mt19937::from_u32(0))));
    seed_impl(&g, vm, args, kw)?;
    Ok(Value::Native(Arc::new(crate::object::NativeObj {
        class: random_class().clone(),
        data: Box::new(g),
    })))
}
