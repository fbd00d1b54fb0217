//! Arithmetic on built-in types: ints (i64 fast path, promoted to big
//! integers on overflow), floats, bools, and the sequence operators
//! (`+` concatenation, `*` repetition, `%` formatting, set algebra).

use crate::object::Obj;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use spindle_compiler::op::{BinOp, Op};

use crate::exc;
use crate::interp::Vm;
use crate::value::Value;
use crate::PyResult;

/// Largest number of elements a repetition may build before MemoryError.
const MAX_ALLOC_ITEMS: u128 = 1 << 32;

/// `a op b` for two i64s when the result is an i64 (the interpreter's
/// inline fast path); None for anything needing the general path.
#[inline(always)]
pub fn int_fast(op: BinOp, a: i64, b: i64) -> Option<i64> {
    match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::FloorDiv if b != 0 && !(a == i64::MIN && b == -1) => {
            Some(a.div_euclid(b) - ((a.rem_euclid(b) != 0 && b < 0) as i64))
        }
        BinOp::Mod if b != 0 && !(a == i64::MIN && b == -1) => {
            let r = a % b;
            Some(if r != 0 && ((r < 0) != (b < 0)) {
                r + b
            } else {
                r
            })
        }
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
        BinOp::RShift if (0..64).contains(&b) => Some(a >> b),
        BinOp::LShift if (0..63).contains(&b) && (a << b) >> b == a => Some(a << b),
        _ => None,
    }
}

/// A numeric operand.
pub enum Num {
    I(i64),
    B(Obj<BigInt>),
    F(f64),
}

impl Num {
    pub fn of(v: &Value) -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::I(*i)),
            Value::Bool(b) => Some(Num::I(b.get() as i64)),
            Value::BigInt(b) => Some(Num::B(b.clone())),
            Value::Float(f) => Some(Num::F(f.get())),
            _ => None,
        }
    }

    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            Num::I(i) => Ok(*i as f64),
            Num::F(f) => Ok(*f),
            Num::B(b) => big_to_f64(b),
        }
    }

    fn big(&self) -> BigInt {
        match self {
            Num::I(i) => BigInt::from(*i),
            Num::B(b) => (**b).clone(),
            Num::F(_) => unreachable!("float in integer context"),
        }
    }
}

pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(exc::overflow_error("int too large to convert to float")),
    }
}

fn int_result(b: BigInt) -> Value {
    Value::from_bigint(b)
}

/// Built-in binary operators; Ok(None) when the operand types don't apply.
pub fn binary_builtin(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (Num::of(a), Num::of(b)) {
        let int_only = matches!(
            op,
            BinOp::LShift
                | BinOp::RShift
                | BinOp::BitAnd
                | BinOp::BitOr
                | BinOp::BitXor
                | BinOp::MatMul
        );
        if int_only && (matches!(x, Num::F(_)) || matches!(y, Num::F(_))) || op == BinOp::MatMul {
            return Ok(None);
        }
        // bool & | ^ bool stays bool.
        if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(Some(Value::bool(p.get() & q.get()))),
                BinOp::BitOr => return Ok(Some(Value::bool(p.get() | q.get()))),
                BinOp::BitXor => return Ok(Some(Value::bool(p.get() ^ q.get()))),
                _ => {}
            }
        }
        return numeric(op, x, y).map(Some);
    }
    Ok(match (op, a, b) {
        (BinOp::Add, Value::Str(x), Value::Str(y)) => {
            Some(Value::Str(Obj::new(crate::object::Str::concat(x, y))))
        }
        (BinOp::Add, Value::List(x), Value::List(y)) => {
            let mut v = x.snapshot();
            v.extend(y.snapshot());
            Some(Value::list(v))
        }
        (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
            let mut v = x.items.to_vec();
            v.extend(y.items.iter().cloned());
            Some(Value::tuple(v))
        }
        (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            Some(Value::Bytes(v.into()))
        }
        (BinOp::Mul, seq, n) | (BinOp::Mul, n, seq)
            if matches!(n, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
                && matches!(
                    seq,
                    Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)
                ) =>
        {
            Some(repeat(seq, n)?)
        }
        (BinOp::Add, Value::Str(_) | Value::List(_) | Value::Tuple(_), other)
            if !matches!(other, Value::Instance(_))
                && std::mem::discriminant(a) != std::mem::discriminant(other) =>
        {
            let t = crate::types::type_name(a);
            return Err(exc::type_error(format!(
                "can only concatenate {} (not \"{}\") to {}",
                t,
                crate::types::type_name(other),
                t
            )));
        }
        (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), other)
        | (BinOp::Mul, other, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_))
            if !matches!(other, Value::Instance(_)) =>
        {
            return Err(exc::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                crate::types::type_name(other)
            )));
        }
        (BinOp::Mod, Value::Str(fmt), args) => {
            Some(crate::format::percent_op::format(vm, fmt.as_str(), args)?)
        }
        (
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
            Value::Set(_) | Value::FrozenSet(_),
            Value::Set(_) | Value::FrozenSet(_),
        ) => Some(vm.set_algebra(op, a, b)?),
        (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
            let d = Value::Dict(Obj::new(crate::object::Dict::from_inner(
                x.inner.lock().clone(),
            )));
            let _ = y;
            vm.dict_update_op(&d, b, None)?;
            Some(d)
        }
        _ => None,
    })
}

fn repeat(seq: &Value, n: &Value) -> PyResult {
    let n = match n {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        _ => {
            return Err(exc::overflow_error(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
    };
    let n = n.max(0) as u128;
    let len = match seq {
        Value::Str(s) => s.as_str().len(),
        Value::List(l) => l.len(),
        Value::Tuple(t) => t.items.len(),
        Value::Bytes(b) => b.len(),
        _ => 0,
    } as u128;
    if len * n > MAX_ALLOC_ITEMS {
        return Err(exc::memory_error(""));
    }
    let n = if len == 0 { 0 } else { n as usize };
    // Reserve fallibly: an allocation the machine cannot satisfy is a
    // MemoryError, not an abort.
    fn items(src: &[Value], n: usize) -> PyResult<Vec<Value>> {
        let mut v = Vec::new();
        v.try_reserve_exact(src.len() * n)
            .map_err(|_| exc::memory_error(""))?;
        for _ in 0..n {
            v.extend(src.iter().cloned());
        }
        Ok(v)
    }
    Ok(match seq {
        Value::Str(s) => {
            let mut out = String::new();
            out.try_reserve_exact(s.as_str().len() * n)
                .map_err(|_| exc::memory_error(""))?;
            for _ in 0..n {
                out.push_str(s.as_str());
            }
            Value::string(out)
        }
        Value::Bytes(b) => {
            let mut out: Vec<u8> = Vec::new();
            out.try_reserve_exact(b.len() * n)
                .map_err(|_| exc::memory_error(""))?;
            for _ in 0..n {
                out.extend_from_slice(b);
            }
            Value::Bytes(out.into())
        }
        Value::List(l) => Value::list(items(&l.snapshot(), n)?),
        Value::Tuple(t) => Value::tuple(items(&t.items, n)?),
        _ => unreachable!("checked by caller"),
    })
}

/// Arithmetic on two numbers.
pub fn numeric(op: BinOp, x: Num, y: Num) -> PyResult {
    use Num::*;
    match (&x, &y) {
        (I(a), I(b)) => int_op(op, *a, *b),
        (F(_), _) | (_, F(_)) => float_op(op, x.to_f64()?, y.to_f64()?),
        _ => big_op(op, x.big(), y.big()),
    }
}

fn int_op(op: BinOp, a: i64, b: i64) -> PyResult {
    let r = match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::TrueDiv => {
            if b == 0 {
                return Err(exc::zero_division("division by zero"));
            }
            return Ok(Value::float(true_div_int(a, b)));
        }
        BinOp::FloorDiv => {
            if b == 0 {
                return Err(exc::zero_division("integer division or modulo by zero"));
            }
            a.checked_div_euclid(b).map(|_| Integer::div_floor(&a, &b))
        }
        BinOp::Mod => {
            if b == 0 {
                return Err(exc::zero_division("integer modulo by zero"));
            }
            a.checked_rem(b).map(|_| a.mod_floor(&b))
        }
        BinOp::Pow => {
            if b < 0 {
                if a == 0 {
                    return Err(exc::zero_division(
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                return Ok(Value::float((a as f64).powf(b as f64)));
            }
            if b > u32::MAX as i64 {
                None
            } else {
                a.checked_pow(b as u32)
            }
        }
        BinOp::LShift => {
            if b < 0 {
                return Err(exc::value_error("negative shift count"));
            }
            if a == 0 {
                Some(0)
            } else if b < 63 && (a << b) >> b == a {
                Some(a << b)
            } else {
                None
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Err(exc::value_error("negative shift count"));
            }
            Some(if b >= 64 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            })
        }
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
        BinOp::MatMul => return Err(super::unsupported("@", &Value::Int(a), &Value::Int(b))),
    };
    match r {
        Some(v) => Ok(Value::Int(v)),
        None => big_op(op, BigInt::from(a), BigInt::from(b)),
    }
}

/// Correctly rounded int / int for i64 operands.
fn true_div_int(a: i64, b: i64) -> f64 {
    const EXACT: i64 = 1 << 53;
    if a.abs() <= EXACT && b.abs() <= EXACT {
        a as f64 / b as f64
    } else {
        big_true_div(&BigInt::from(a), &BigInt::from(b)).unwrap_or(f64::NAN)
    }
}

fn big_true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    // Scale so the quotient has 64+ significant bits, then round once.
    let sign = if a.is_negative() != b.is_negative() {
        -1.0
    } else {
        1.0
    };
    let (a, b) = (a.abs(), b.abs());
    let shift = b.bits() as i64 - a.bits() as i64 + 66;
    let (n, d) = if shift > 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (mut q, r) = n.div_rem(&d);
    if !r.is_zero() {
        // Sticky bit below the rounding position: one correct rounding.
        q |= BigInt::from(1);
    }
    let q = q.to_f64().unwrap_or(f64::INFINITY);
    let res = q * 2f64.powi(-(shift as i32));
    if res.is_infinite() {
        return Err(exc::overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(sign * res)
}

fn big_op(op: BinOp, a: BigInt, b: BigInt) -> PyResult {
    Ok(match op {
        BinOp::Add => int_result(a + b),
        BinOp::Sub => int_result(a - b),
        BinOp::Mul => {
            if a.bits() + b.bits() > 1 << 28 {
                return Err(exc::memory_error(""));
            }
            int_result(a * b)
        }
        BinOp::TrueDiv => {
            if b.is_zero() {
                return Err(exc::zero_division("division by zero"));
            }
            Value::float(big_true_div(&a, &b)?)
        }
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(exc::zero_division("integer division or modulo by zero"));
            }
            int_result(a.div_floor(&b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(exc::zero_division("integer modulo by zero"));
            }
            int_result(a.mod_floor(&b))
        }
        BinOp::Pow => {
            if b.is_negative() {
                if a.is_zero() {
                    return Err(exc::zero_division(
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                return float_op(BinOp::Pow, big_to_f64(&a)?, big_to_f64(&b)?);
            }
            let e = match b.to_u32() {
                Some(e) => e,
                None => return Err(exc::memory_error("")),
            };
            if a.bits() as u128 * e as u128 > 1 << 28 {
                return Err(exc::memory_error(""));
            }
            int_result(num_traits::pow::Pow::pow(&a, e))
        }
        BinOp::LShift => {
            if b.is_negative() {
                return Err(exc::value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(s) if s < 1 << 28 => int_result(a << s),
                _ => {
                    if a.is_zero() {
                        Value::Int(0)
                    } else {
                        return Err(exc::overflow_error("too many digits in integer"));
                    }
                }
            }
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(exc::value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(s) => int_result(a >> s),
                None => Value::Int(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::BitAnd => int_result(a & b),
        BinOp::BitOr => int_result(a | b),
        BinOp::BitXor => int_result(a ^ b),
        BinOp::MatMul => {
            return Err(exc::type_error(
                "unsupported operand type(s) for @: 'int' and 'int'",
            ))
        }
    })
}

/// Python's float modulo: the result has the sign of the divisor.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

/// Python's float floor division.
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

fn float_op(op: BinOp, a: f64, b: f64) -> PyResult {
    Ok(Value::float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Err(exc::zero_division("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(exc::zero_division("float floor division by zero"));
            }
            float_floordiv(a, b)
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(exc::zero_division("float modulo"));
            }
            float_mod(a, b)
        }
        BinOp::Pow => {
            if a == 0.0 && b < 0.0 {
                return Err(exc::zero_division(
                    "0.0 cannot be raised to a negative power",
                ));
            }
            if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
                return Err(exc::value_error("math domain error"));
            }
            let r = a.powf(b);
            if r.is_infinite() && a.is_finite() && b.is_finite() {
                return Err(exc::overflow_error("(34, 'Numerical result out of range')"));
            }
            r
        }
        _ => {
            return Err(super::unsupported(
                op.symbol(),
                &Value::float(a),
                &Value::float(b),
            ));
        }
    }))
}

/// Built-in unary operators; Ok(None) when the type doesn't apply.
pub fn unary_builtin(op: Op, a: &Value) -> PyResult<Option<Value>> {
    Ok(Some(match (op, a) {
        (Op::Neg, Value::Int(i)) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => int_result(-BigInt::from(*i)),
        },
        (Op::Neg, Value::Bool(b)) => Value::Int(-(b.get() as i64)),
        (Op::Neg, Value::BigInt(b)) => int_result(-(**b).clone()),
        (Op::Neg, Value::Float(f)) => Value::float(-f.get()),
        (Op::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => a.clone(),
        (Op::Pos, Value::Bool(b)) => Value::Int(b.get() as i64),
        (Op::Invert, Value::Int(i)) => Value::Int(!i),
        (Op::Invert, Value::Bool(b)) => Value::Int(!(b.get() as i64)),
        (Op::Invert, Value::BigInt(b)) => int_result(-(**b).clone() - 1),
        _ => return Ok(None),
    }))
}
