//! The algorithms of CPython 3.11's `Lib/random.py`, on [`Mt19937`].
//!
//! Each method consumes exactly the generator words its Python original
//! does, so a script seeded like a CPython one sees the same numbers:
//! `randrange` rejects with `getrandbits(n.bit_length())`, `shuffle` is
//! the backwards Fisher–Yates, `sample` picks between the pool and the set
//! algorithm with the same `setsize` formula, `gauss` caches its second
//! value. The VM converts arguments (`int()`/`float()`, sequences to
//! lengths) and maps indices back to elements.
//!
//! Floating-point results call the platform `log`, `sqrt`, `cos`, `sin`
//! and `pow`, as CPython does, so they agree with a CPython built on the
//! same C library.

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive};

use super::mt19937::Mt19937;

/// `4 * exp(-0.5) / sqrt(2.0)`, as `random.NV_MAGICCONST`.
const NV_MAGICCONST: f64 = 1.7155277699214135;
/// `2 * pi`, as `random.TWOPI` (doubling is exact, so this is `TAU`).
const TWOPI: f64 = std::f64::consts::TAU;

/// The exception class of a [`RandomError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RandomErrorKind {
    ValueError,
    TypeError,
    IndexError,
    ZeroDivisionError,
}

/// A failure of a `random` function, with CPython's class and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RandomError {
    pub kind: RandomErrorKind,
    pub message: String,
}

#[cold]
fn error(kind: RandomErrorKind, message: impl Into<String>) -> RandomError {
    RandomError {
        kind,
        message: message.into(),
    }
}

/// A `random.Random` instance: the generator plus `gauss`'s cached value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Random {
    pub mt: Mt19937,
    /// The second normal deviate of the last `gauss` pair, if unused.
    pub gauss_next: Option<f64>,
}

impl Random {
    /// A generator in the given state, as after `seed(...)`.
    pub fn new(mt: Mt19937) -> Random {
        Random {
            mt,
            gauss_next: None,
        }
    }

    /// `seed(x)`: replaces the generator and clears the `gauss` cache.
    pub fn reseed(&mut self, mt: Mt19937) {
        *self = Random::new(mt);
    }

    /// `random()`: a float in [0, 1).
    pub fn random(&mut self) -> f64 {
        self.mt.random()
    }

    /// `getrandbits(k)`; ValueError for a negative `k`.
    pub fn getrandbits(&mut self, k: i64) -> Result<BigInt, RandomError> {
        if k < 0 {
            return Err(error(
                RandomErrorKind::ValueError,
                "number of bits must be non-negative",
            ));
        }
        Ok(self.mt.getrandbits(k as u64))
    }

    /// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
    pub fn randbytes(&mut self, n: usize) -> Vec<u8> {
        let mut bytes = self.mt.getrandbits(n as u64 * 8).to_bytes_le().1;
        bytes.resize(n, 0);
        bytes
    }

    /// `_randbelow(n)` for `n > 0`: `getrandbits(n.bit_length())` until
    /// the draw is below `n`.
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        debug_assert!(n.is_positive());
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.randbelow_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.mt.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// [`Random::randbelow`] for a machine-sized `n > 0`.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        debug_assert!(n > 0);
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.mt.getrandbits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `randrange(start, stop=None, step=1)` on ints. `step` is `None`
    /// when the caller did not pass it.
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: Option<&BigInt>,
    ) -> Result<BigInt, RandomError> {
        use RandomErrorKind::{TypeError, ValueError};
        let Some(stop) = stop else {
            if step.is_some() {
                return Err(error(TypeError, "Missing a non-None stop argument"));
            }
            if start.is_positive() {
                return Ok(self.randbelow(start));
            }
            return Err(error(ValueError, "empty range for randrange()"));
        };
        let width = stop - start;
        let one = BigInt::one();
        let step = step.unwrap_or(&one);
        if step.is_one() {
            if width.is_positive() {
                return Ok(start + self.randbelow(&width));
            }
            return Err(error(
                ValueError,
                format!("empty range for randrange() ({start}, {stop}, {width})"),
            ));
        }
        let n = if step.is_positive() {
            floor_div(&(&width + step - 1), step)
        } else if step.is_negative() {
            floor_div(&(&width + step + 1), step)
        } else {
            return Err(error(ValueError, "zero step for randrange()"));
        };
        if !n.is_positive() {
            return Err(error(ValueError, "empty range for randrange()"));
        }
        Ok(start + step * self.randbelow(&n))
    }

    /// `randint(a, b)`: `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> Result<BigInt, RandomError> {
        self.randrange(a, Some(&(b + 1)), None)
    }

    /// `choice(seq)`: the index to pick from a sequence of length `len`.
    pub fn choice_index(&mut self, len: usize) -> Result<usize, RandomError> {
        if len == 0 {
            return Err(error(
                RandomErrorKind::IndexError,
                "Cannot choose from an empty sequence",
            ));
        }
        Ok(self.randbelow_u64(len as u64) as usize)
    }

    /// `shuffle(x)` in place.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.randbelow_u64(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }

    /// `sample(population, k)`: the indices into a population of `n`
    /// items, in selection order. (`counts=` is `sample(range(total), k)`
    /// mapped through a bisect of the cumulative counts, in the VM.)
    pub fn sample_indices(&mut self, n: u64, k: i64) -> Result<Vec<u64>, RandomError> {
        if k < 0 || k as u64 > n {
            return Err(error(
                RandomErrorKind::ValueError,
                "Sample larger than population or is negative",
            ));
        }
        let k = k as u64;
        if n <= sample_setsize(k) {
            Ok(self.sample_from_pool(n, k))
        } else {
            Ok(self.sample_with_set(n, k))
        }
    }

    /// Pool algorithm: a list of the unselected, refilled from its end.
    fn sample_from_pool(&mut self, n: u64, k: u64) -> Vec<u64> {
        let mut pool: Vec<u64> = (0..n).collect();
        (0..k)
            .map(|i| {
                let j = self.randbelow_u64(n - i) as usize;
                let picked = pool[j];
                pool[j] = pool[(n - i - 1) as usize];
                picked
            })
            .collect()
    }

    /// Set algorithm: draw from the whole range, redraw on repeats.
    fn sample_with_set(&mut self, n: u64, k: u64) -> Vec<u64> {
        let mut selected = std::collections::HashSet::with_capacity(k as usize);
        (0..k)
            .map(|_| loop {
                let j = self.randbelow_u64(n);
                if selected.insert(j) {
                    break j;
                }
            })
            .collect()
    }

    /// `choices(population, k=k)` without weights: `k` indices.
    pub fn choices_uniform(&mut self, n: usize, k: usize) -> Vec<usize> {
        let n = n as f64;
        (0..k)
            .map(|_| (self.random() * n).floor() as usize)
            .collect()
    }

    /// `choices(population, cum_weights=cum, k=k)`: `k` indices, each
    /// `bisect(cum, random() * total, 0, n - 1)`. With `weights=` the VM
    /// accumulates them first, as `itertools.accumulate` would.
    pub fn choices_weighted(
        &mut self,
        cum_weights: &[f64],
        n: usize,
        k: usize,
    ) -> Result<Vec<usize>, RandomError> {
        use RandomErrorKind::ValueError;
        if cum_weights.len() != n {
            return Err(error(
                ValueError,
                "The number of weights does not match the population",
            ));
        }
        let total = cum_weights.last().copied().unwrap_or(f64::NAN) + 0.0;
        if total <= 0.0 {
            return Err(error(
                ValueError,
                "Total of weights must be greater than zero",
            ));
        }
        if !total.is_finite() {
            return Err(error(ValueError, "Total of weights must be finite"));
        }
        let hi = n - 1;
        Ok((0..k)
            .map(|_| bisect_right(cum_weights, self.random() * total, hi))
            .collect())
    }

    /// `uniform(a, b)`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `triangular(low=0.0, high=1.0, mode=None)`.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let u = self.random();
        let c = match mode {
            None => 0.5,
            // Python's float division raises ZeroDivisionError; random.py
            // returns `low` then.
            Some(_) if high - low == 0.0 => return low,
            Some(mode) => (mode - low) / (high - low),
        };
        let (u, c, low, high) = if u > c {
            (1.0 - u, 1.0 - c, high, low)
        } else {
            (u, c, low, high)
        };
        low + (high - low) * (u * c).sqrt()
    }

    /// `normalvariate(mu, sigma)`: Kinderman and Monahan's ratio method.
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = NV_MAGICCONST * (u1 - 0.5) / u2;
            if z * z / 4.0 <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// `gauss(mu, sigma)`: Box–Muller, caching the second deviate.
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TWOPI;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `lognormvariate(mu, sigma)`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        self.normalvariate(mu, sigma).exp()
    }

    /// `expovariate(lambd)`; ZeroDivisionError when `lambd` is zero.
    pub fn expovariate(&mut self, lambd: f64) -> Result<f64, RandomError> {
        let x = -(1.0 - self.random()).ln();
        if lambd == 0.0 {
            return Err(error(
                RandomErrorKind::ZeroDivisionError,
                "float division by zero",
            ));
        }
        Ok(x / lambd)
    }

    /// `paretovariate(alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> f64 {
        let u = 1.0 - self.random();
        u.powf(-1.0 / alpha)
    }

    /// `weibullvariate(alpha, beta)`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> f64 {
        let u = 1.0 - self.random();
        alpha * (-u.ln()).powf(1.0 / beta)
    }

    /// `vonmisesvariate(mu, kappa)` (Best and Fisher's algorithm, as
    /// `Lib/random.py` draws it).
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> f64 {
        use std::f64::consts::PI;
        let two_pi = 2.0 * PI;
        if kappa <= 1e-6 {
            return two_pi * self.random();
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = self.random();
            let z = (PI * u1).cos();
            let d = z / (r + z);
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let u3 = self.random();
        let theta = if u3 > 0.5 {
            mu + f.acos()
        } else {
            mu - f.acos()
        };
        py_fmod(theta, two_pi)
    }

    /// `gammavariate(alpha, beta)` (Cheng's algorithm for alpha > 1,
    /// Kennedy and Gentle's GS below 1, as `Lib/random.py`).
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        if alpha <= 0.0 || beta <= 0.0 || alpha.is_nan() || beta.is_nan() {
            return Err(error(
                RandomErrorKind::ValueError,
                "gammavariate: alpha and beta must be > 0.0",
            ));
        }
        if alpha > 1.0 {
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - 4f64.ln();
            let ccc = alpha + ainv;
            let sg_magicconst = 1.0 + 4.5f64.ln();
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = (u1 / (1.0 - u1)).ln() / ainv;
                let x = alpha * v.exp();
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + sg_magicconst - 4.5 * z >= 0.0 || r >= z.ln() {
                    return Ok(x * beta);
                }
            }
        } else if alpha == 1.0 {
            Ok(-(1.0 - self.random()).ln() * beta)
        } else {
            let e = std::f64::consts::E;
            let x = loop {
                let u = self.random();
                let b = (e + alpha) / e;
                let p = b * u;
                let x = if p <= 1.0 {
                    p.powf(1.0 / alpha)
                } else {
                    -((b - p) / alpha).ln()
                };
                let u1 = self.random();
                if p > 1.0 {
                    if u1 <= x.powf(alpha - 1.0) {
                        break x;
                    }
                } else if u1 <= (-x).exp() {
                    break x;
                }
            };
            Ok(x * beta)
        }
    }

    /// `betavariate(alpha, beta)`, from two gamma draws (3.11's form).
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            return Ok(y / (y + self.gammavariate(beta, 1.0)?));
        }
        Ok(0.0)
    }
}

/// Python's float `%`: the result takes the divisor's sign.
fn py_fmod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        m + y
    } else {
        m
    }
}

/// `sample`'s threshold: below it a pool list is smaller than a set.
fn sample_setsize(k: u64) -> u64 {
    let mut setsize = 21;
    if k > 5 {
        let exponent = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4u64.pow(exponent.ceil() as u32);
    }
    setsize
}

/// Python's `//` on ints (rounds toward negative infinity).
fn floor_div(a: &BigInt, b: &BigInt) -> BigInt {
    num_integer::Integer::div_floor(a, b)
}

/// `bisect.bisect_right(a, x, 0, hi)`.
fn bisect_right(a: &[f64], x: f64, hi: usize) -> usize {
    let (mut lo, mut hi) = (0, hi);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if x < a[mid] {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fb(x: f64) -> String {
        format!("{:016x}", x.to_bits())
    }

    fn join<T: ToString>(xs: impl IntoIterator<Item = T>) -> String {
        xs.into_iter()
            .map(|x| x.to_string())
            .collect::<Vec<_>>()
            .join(",")
    }

    fn big(n: i128) -> BigInt {
        BigInt::from(n)
    }

    /// The calls of `random_table.py`'s `transcript()`, in the same order.
    fn transcript(r: &mut Random) -> Vec<String> {
        let mut out = Vec::new();
        out.push(format!(
            "random {}",
            (0..5).map(|_| fb(r.random())).collect::<Vec<_>>().join(" ")
        ));
        out.push(format!(
            "randint {}",
            join((0..20).map(|_| r.randint(&big(1), &big(100)).unwrap()))
        ));
        let bits = [100, 32, 7, 64, 0, 33, 65, 1000];
        out.push(format!(
            "getrandbits {}",
            join(bits.iter().map(|&k| r.getrandbits(k).unwrap()))
        ));
        let mut list: Vec<u32> = (0..20).collect();
        r.shuffle(&mut list);
        out.push(format!("shuffle {}", join(list)));
        for (n, k) in [
            (1000, 10),
            (100, 5),
            (30, 30),
            (1_000_000_000_000, 3),
            (60, 20),
        ] {
            out.push(format!("sample {}", join(r.sample_indices(n, k).unwrap())));
        }
        out.push(format!(
            "choice {}",
            join((0..5).map(|_| r.choice_index(50).unwrap()))
        ));
        out.push(format!(
            "gauss {}",
            (0..5)
                .map(|_| fb(r.gauss(0.0, 1.0)))
                .collect::<Vec<_>>()
                .join(" ")
        ));
        let normals: Vec<String> = (0..3).map(|_| fb(r.normalvariate(2.0, 3.0))).collect();
        out.push(format!("normalvariate {}", normals.join(" ")));
        out.push(format!("expovariate {}", fb(r.expovariate(1.5).unwrap())));
        let t1 = fb(r.triangular(0.0, 10.0, Some(3.0)));
        out.push(format!(
            "triangular {} {}",
            t1,
            fb(r.triangular(0.0, 1.0, None))
        ));
        out.push(format!("uniform {}", fb(r.uniform(2.0, 5.0))));
        out.push(format!("choices {}", join(r.choices_uniform(10, 5))));
        out.push(format!(
            "choices {}",
            join(r.choices_weighted(&[1.0, 3.0, 6.0, 10.0], 4, 5).unwrap())
        ));
        let ranges = [
            r.randrange(&big(0), Some(&big(100)), Some(&big(7)))
                .unwrap(),
            r.randrange(&BigInt::from(10u8).pow(30), None, None)
                .unwrap(),
            r.randrange(&big(100), Some(&big(0)), Some(&big(-3)))
                .unwrap(),
            r.randrange(&big(-5), Some(&big(5)), None).unwrap(),
            r.randrange(&big((1i128 << 64) + 1), None, None).unwrap(),
        ];
        out.push(format!("randrange {}", join(ranges)));
        let misc = [
            r.paretovariate(2.5),
            r.weibullvariate(1.0, 2.0),
            r.lognormvariate(0.0, 1.0),
        ];
        out.push(format!("misc {}", misc.map(fb).join(" ")));
        let hex = |b: Vec<u8>| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
        out.push(format!(
            "randbytes {} {}",
            hex(r.randbytes(5)),
            hex(r.randbytes(0))
        ));
        let (words, index) = r.mt.state();
        out.push(format!("state {} {} {}", index, words[0], words[623]));
        out
    }

    fn seeded(kind: &str, seed: &str) -> Random {
        Random::new(match kind {
            "int" => Mt19937::from_bigint(&seed.parse().unwrap()),
            "str" => Mt19937::from_str_seed(seed),
            _ => Mt19937::from_bytes(seed.as_bytes()),
        })
    }

    #[test]
    fn seeded_sequences_match_cpython() {
        for &(kind, seed, want) in TRANSCRIPTS {
            let got = transcript(&mut seeded(kind, seed));
            for (g, w) in got.iter().zip(want.iter()) {
                assert_eq!(g, w, "seed({kind} {seed:?})");
            }
            assert_eq!(got.len(), want.len());
        }
    }

    #[test]
    fn randrange_errors_match_cpython() {
        let mut r = Random::default();
        for &(start, stop, step, want) in RANDRANGE_ERRORS {
            let parse = |s: &str| s.parse::<BigInt>().unwrap();
            let (stop, step) = (stop.map(parse), step.map(parse));
            let e = r
                .randrange(&parse(start), stop.as_ref(), step.as_ref())
                .unwrap_err();
            assert_eq!(format!("{:?}: {}", e.kind, e.message), want);
        }
    }

    #[test]
    fn sample_setsize_matches_cpython() {
        for &(k, want) in SAMPLE_SETSIZE {
            assert_eq!(sample_setsize(k), want, "k = {k}");
        }
    }

    #[test]
    fn other_errors() {
        let mut r = Random::default();
        assert_eq!(
            r.choice_index(0).unwrap_err().message,
            "Cannot choose from an empty sequence"
        );
        assert_eq!(
            r.sample_indices(3, 4).unwrap_err().message,
            "Sample larger than population or is negative"
        );
        assert_eq!(
            r.sample_indices(3, -1).unwrap_err().kind,
            RandomErrorKind::ValueError
        );
        assert_eq!(
            r.getrandbits(-1).unwrap_err().message,
            "number of bits must be non-negative"
        );
        assert_eq!(
            r.expovariate(0.0).unwrap_err().kind,
            RandomErrorKind::ZeroDivisionError
        );
        assert_eq!(
            r.choices_weighted(&[0.0, 0.0], 2, 1).unwrap_err().message,
            "Total of weights must be greater than zero"
        );
        assert_eq!(
            r.choices_weighted(&[1.0, f64::INFINITY], 2, 1)
                .unwrap_err()
                .message,
            "Total of weights must be finite"
        );
        assert_eq!(r.triangular(2.0, 2.0, Some(2.0)), 2.0);
    }

    /// (seed kind, seed, CPython 3.11 transcript of `transcript()`).
    const TRANSCRIPTS: &[(&str, &str, &[&str])] = &[
        ("int", "42", &[
            "random 3fe4762f307200c5 3f999c6b5eeb2060 3fd19a1491f589dc 3fcc922b623b8c1c 3fe7912c1468f47e",
            "randint 87,95,70,12,76,55,5,4,12,28,30,65,78,4,72,26,92,84,90,70",
            "getrandbits 748643469790926676267173783204,1194819984,103,119880989165647691,0,7554020107,12878398801393446596,9485300564923588118548028601549010845336902509129032480000885691413822237091647621261314192502709046826842128428935503703789022670921429025685521549002562854674814538561335600020769830310756455064578285671859490655093427098536084818024108682577694299992158740394308459833321927441938749634006988007542",
            "shuffle 0,19,5,8,7,9,16,17,14,13,15,4,12,3,10,1,2,6,18,11",
            "sample 214,686,273,718,959,699,663,73,623,650",
            "sample 21,68,93,31,20",
            "sample 14,12,8,20,22,17,7,21,10,1,23,26,25,28,27,18,3,9,11,5,13,19,6,24,16,29,2,0,15,4",
            "sample 643158526982,985387620039,440592919024",
            "sample 23,14,8,32,31,5,48,3,7,9,40,10,43,27,38,4,24,47,45,29",
            "choice 33,16,35,0,43",
            "gauss bfd1b6ed001f6aee bff7cd3ceddd6e7b bfe888e53950a1d4 bfc737471dbd11a7 bfd3b243f9ad48cc",
            "normalvariate 3ff62aa36fc5f8e8 bfdc0daae750d538 4012df586649a5fc",
            "expovariate 3fe5bbaa27aff148",
            "triangular 4013129a2731e28d 3fd1b135a6b46164",
            "uniform 4011266ee4be08ea",
            "choices 5,7,5,0,3",
            "choices 0,3,3,3,2",
            "randrange 0,612584831461027931877758561287,88,3,2319872024959105460",
            "misc 3ff8a05c914047d4 3ffb68bd29832556 3fd2f70bf9eca443",
            "randbytes 26bd499b6c ",
            "state 289 2468570525 1079217633",
        ]),
        ("int", "0", &[
            "random 3feb0580f98a7dbe 3fe84129978f9c1a 3fdaeaa51052e978 3fd092178fb945a6 3fe05c5ccdf19707",
            "randint 52,39,62,46,75,28,65,18,37,18,97,13,80,33,69,91,78,19,40,13",
            "getrandbits 1101179418654445711838485561595,2937688618,42,10326739782786242647,0,432508404,24279543674835428002,2609003547315554795550452310527338362665795681379495961564424504659611384515349263197572166572277876893136173343966765941001348269280346903382935707461529876590894524002104681481827471327880600771622317067030435102229112380106629291732837750519065261841137506734030767965392547951720674398154217671103",
            "shuffle 17,11,19,13,0,3,4,5,9,1,15,8,14,18,12,16,7,6,2,10",
            "sample 723,127,560,340,834,944,553,208,986,818",
            "sample 77,70,75,36,56",
            "sample 2,19,25,12,10,18,7,9,5,6,21,1,8,15,29,24,27,26,16,11,0,14,20,23,28,4,13,3,22,17",
            "sample 746873505286,908771276240,463640709748",
            "sample 37,17,28,31,42,41,44,50,22,5,20,39,7,56,59,40,21,12,15,1",
            "choice 46,17,7,45,14",
            "gauss bfdb274617258f72 3fdc2cef86533593 bfd48239682debde 3fc48894a285ef79 3fd9ffa743aecf12",
            "normalvariate 40048af3d7d9a5b0 bfd8706c2b5d4f20 400f703d6c2020f7",
            "expovariate 3fb0621af78701d2",
            "triangular 401a5bbdbb2d5a44 3fced52610254902",
            "uniform 400e8837b6109de9",
            "choices 1,9,7,4,7",
            "choices 0,3,2,3,3",
            "randrange 7,368167386389161868618623370361,34,1,3677465272415595848",
            "misc 3ff31c1c4b155059 3ff25981f6dc7c2c 3fc6a370adf09740",
            "randbytes b8bf6ff7c4 ",
            "state 304 1372342863 418789356",
        ]),
        ("int", "1267650600228229401496703205376", &[
            "random 3fe846ed805268b6 3fcce11e215004a4 3fef5cb802159ee2 3fc0ad4c0b771698 3fea8d6124b3cacc",
            "randint 96,48,49,17,89,58,17,69,84,84,44,81,65,25,82,13,24,61,48,41",
            "getrandbits 731075565872306375304165712194,2557606527,19,10767267819628479667,0,2459045614,35603273530873712212,3815924308151098631523799105965914448576382595835602866800040390034578326223367728008593883034478214294911947288449977832150686432766208737484536007010515369868648506027536911801542020882810930083249824571581871355259009954276308340939150028928988612437778554976358459970151915482856971315367648801992",
            "shuffle 18,3,13,17,15,7,2,14,12,6,4,0,19,16,11,5,9,10,1,8",
            "sample 493,853,370,625,590,178,525,377,991,523",
            "sample 24,62,92,19,38",
            "sample 28,10,0,23,17,15,3,13,18,27,24,20,21,12,4,7,22,14,1,2,16,26,9,8,5,11,19,6,29,25",
            "sample 902560168384,568777608813,6855638263",
            "sample 25,59,52,50,58,49,30,32,5,57,56,38,34,33,54,53,15,46,51,31",
            "choice 5,11,1,21,47",
            "gauss 3fe15bb9e4ae677f 4001099726869af7 3ff31f973944a6c3 bfe3f22e633243b2 3fb5e5522fe3ecbe",
            "normalvariate bff54fc1ecf069d0 c00a3cc65502d9bc bff75126f34bcdd8",
            "expovariate 3ff02a4035b85c69",
            "triangular 4007ff7dc6b53800 3feafeab37ab2de2",
            "uniform 4003d28059e41ab0",
            "choices 3,1,9,8,3",
            "choices 3,3,2,1,2",
            "randrange 35,571876308115989095701744289238,22,3,388520470320081956",
            "misc 3ffd0b0523a4862e 3ff4b9f6a8f3cb1c 3fdd3aee91de7393",
            "randbytes df171787dd ",
            "state 310 4049679550 2014579106",
        ]),
        ("int", "-5", &[
            "random 3fe3eecf89059360 3fe7bcb8116f23ee 3fe97239c6c3047f 3fee288d7f5db50c 3fe7ad3fc69bae32",
            "randint 68,4,60,100,32,84,7,21,15,48,61,32,49,70,14,74,32,2,94,28",
            "getrandbits 1123619795257214495502882346604,3725708445,98,2944178084258130417,0,7567412086,21006551085014982216,10378840154253760280523906850941316726526692517155822467178598733786872667470383331745477808009220443097048189986144096470380259582078957010414155509797132130225302310182781781287409521522364681066391880436473134921980951467992874458023155642533162256570118002697255960621993713001016754202560984866379",
            "shuffle 6,3,16,18,7,15,8,10,17,19,5,1,4,14,2,13,11,0,9,12",
            "sample 189,492,483,721,180,58,262,998,961,23",
            "sample 95,45,51,2,70",
            "sample 25,13,11,12,18,0,14,1,5,19,6,3,7,23,27,8,21,16,4,17,22,28,15,24,29,20,9,26,2,10",
            "sample 302107825776,772768544516,101125623630",
            "sample 19,43,20,59,11,51,5,40,9,46,44,56,30,10,3,53,38,34,25,2",
            "choice 15,47,38,22,16",
            "gauss bff019e7a6fddfb9 3fd26b7842f03140 4000ba9fa413db92 3fe86d7c106e423d 3ff2455910e02c0a",
            "normalvariate 40100369d41a5c5b 4014a9bcea2237ae bff9493e7d6296b0",
            "expovariate 3fbb95c9a6dd9c65",
            "triangular 401ad01e1e45ba2b 3fd892662d0033d6",
            "uniform 400ae02f0cc4193b",
            "choices 9,8,9,4,4",
            "choices 3,2,1,2,1",
            "randrange 42,628845374391329001812314089818,37,-3,9073252845659207084",
            "misc 3ff55fc3811e3a4a 3fec84fa37410171 3ff0153d2b91e3f7",
            "randbytes 37118fcbc6 ",
            "state 293 800844005 2402479847",
        ]),
        ("str", "hello", &[
            "random 3fd6a441bebd6e04 3fe538ec3b087282 3fe185fbb071334c 3fc0bfe275acc7c4 3faa2808ee827440",
            "randint 48,86,83,21,22,7,33,26,69,49,95,19,23,98,66,42,61,80,33,23",
            "getrandbits 387011493714148132102586570422,1095806482,16,17082021061095019359,0,400221273,15903267020581747561,10262422512020290353392834747152995038240975198947355672745195798895447829469659758956041779279402584880022909356472034046060756975092573737337880363965770832465482551176749306384415081102102033289672228559523263476232389793593427558824285317460663844713451370262717920783795923583091648604113988732789",
            "shuffle 18,3,0,11,4,12,7,13,16,9,8,19,15,1,17,2,14,10,6,5",
            "sample 505,213,950,144,716,994,53,208,265,663",
            "sample 93,71,54,45,86",
            "sample 29,4,0,25,17,2,21,23,12,11,14,15,26,22,18,5,13,19,27,6,28,20,9,10,24,16,8,3,7,1",
            "sample 605037264396,246094187117,630592954225",
            "sample 36,2,4,35,3,10,13,44,32,56,50,18,26,27,51,54,33,7,41,28",
            "choice 40,38,11,17,6",
            "gauss bff09086b235541e 3ff2aa9da205b91f bfef64f2ee0208c2 bfd0ff6afef2668c 3fda5d21b1da98ca",
            "normalvariate 3ff6a7ca4d45ed55 3ff8fb10372d4214 400d68791be627e2",
            "expovariate 3fd559a45bd3da58",
            "triangular 3fde70a956d0bcd4 3fe8bca50ee04904",
            "uniform 4005b6973499376b",
            "choices 8,9,1,1,9",
            "choices 3,2,3,2,3",
            "randrange 63,522603030302009143777058448487,10,1,12116276546105651652",
            "misc 3ff03acf4070883f 3ff32a03a7084cd0 3ff14da6bd7ff685",
            "randbytes f95ea70432 ",
            "state 296 3466887257 3683171857",
        ]),
        ("str", "", &[
            "random 3feeba2b25d163e4 3fe30d9d60d3da22 3fd8d52f16ea3076 3fe7797eef02ec3e 3fcc44402db32d80",
            "randint 44,100,80,1,77,81,42,47,7,59,50,40,25,22,66,35,51,85,4,32",
            "getrandbits 262722270132895760436598337233,1042764401,22,17096912482855772124,0,7769501415,4490853926766088946,8611628740321533315134913191036045552680890311972941770284277104423918725098478807204009863705783355205891394386614216561405531117114397897294792702290257928122923592793816573677072025764428484220642390865267195035128640339705542483586621944439613647291701019556925592365926595692100740886255846730590",
            "shuffle 14,11,12,15,3,8,18,17,4,16,9,7,13,2,5,0,19,6,1,10",
            "sample 990,754,149,140,350,64,553,486,503,950",
            "sample 68,77,79,97,39",
            "sample 9,16,17,10,25,12,15,21,11,29,20,28,13,5,6,0,14,3,23,7,27,19,2,1,18,8,4,26,24,22",
            "sample 954228762770,828887656455,967700636289",
            "sample 29,55,7,48,53,58,44,18,14,27,12,20,36,32,19,35,9,2,25,45",
            "choice 25,10,45,31,7",
            "gauss bfebf685c3d4fc59 bff2129ec82187eb bfebcca776c12f81 bfec1329fff5a4c9 bfea12cbe58a9566",
            "normalvariate 4015d9a492c828d2 4013028b4d59592b 400b768259604894",
            "expovariate 3fd6f013ff614c79",
            "triangular 401fbed20915c2e9 3fdb83addc55a1b0",
            "uniform 4006ff53cbfaa96a",
            "choices 9,6,7,1,8",
            "choices 0,3,3,2,1",
            "randrange 77,712669163057442473175082904201,1,4,8974293167469234905",
            "misc 3ff06eaf5d463527 3fde04d7a32e6a03 4001afebf428d0be",
            "randbytes 42730ef72c ",
            "state 280 1325054211 426434188",
        ]),
        ("str", "h\u{e9}llo w\u{f6}rld", &[
            "random 3fb40ae1cc2f0440 3fc454d7d1f74b3c 3feec6a6c6a9bd6f 3fe7bfa4a7a4dd8f 3fe846656082b8ef",
            "randint 8,71,13,51,47,30,58,87,25,96,39,24,60,67,1,81,8,7,37,77",
            "getrandbits 607163354934847156438960588668,3275885579,126,749269548547343932,0,6720880392,15692011013144825853,8197838558556739505071976342790553013870302503876377668988445446763975641979924050321766047642713484610740983560653119452621083492875264507914743622431759055215560690316456067512700046283463509988792319001151540466169684092059346130398335374360535904798864402187700872357105395796020733149438952237391",
            "shuffle 6,18,5,15,2,11,9,19,17,13,14,4,16,10,8,0,12,7,3,1",
            "sample 515,616,127,833,871,820,970,177,172,379",
            "sample 26,0,89,37,64",
            "sample 26,18,6,7,27,4,9,23,19,21,28,17,29,13,12,10,24,8,25,14,20,15,3,22,2,1,0,16,5,11",
            "sample 688648856877,881736814568,200637152850",
            "sample 28,46,15,3,31,10,26,14,35,22,7,32,16,11,36,37,24,52,0,56",
            "choice 34,10,0,48,33",
            "gauss bfdadca26e43e0fb 3fe2a8139a99fb5c bfd95d181c440d63 3ffb85b4a53f2b6a bfd684d81beddfd6",
            "normalvariate c0050d35951a96f6 400d42d5837d9549 400648ff747d662f",
            "expovariate 4002d8a5cdb29496",
            "triangular 3ff22b065bea7c11 3fe36fccecf004fc",
            "uniform 400eb46ae36d4ed0",
            "choices 4,3,6,9,2",
            "choices 1,1,1,3,2",
            "randrange 84,283368945062325378645572938833,91,-4,2842712309659278808",
            "misc 3fff3be7df82a703 3ff05cd1e03f3f63 400852fc455f31ee",
            "randbytes b6783b988a ",
            "state 282 1916988035 2491290659",
        ]),
        ("bytes", "abc", &[
            "random 3fe8b46cfff46349 3fe1dc8585d73f6a 3fe6b47d93ab4973 3fd6ad492fa823c0 3fea7b69cb1952e5",
            "randint 46,21,35,8,28,10,86,84,2,89,85,95,1,97,97,10,41,35,87,16",
            "getrandbits 519804934261735455955558699634,1582333911,55,15931835255438631115,0,1976722138,13622207328809102739,8084924762249714384086182910005656836696479185749544655499719498205367630731134885280043233084003484879670671805366462420082768113960892755802013021570196026712315296504862141460650502672505803284963582325192141807822558504547595463254626011196073753038641871148347318387971559537717431079469301889616",
            "shuffle 10,3,17,18,7,2,1,5,8,14,11,12,16,0,9,6,4,19,13,15",
            "sample 793,301,751,240,930,75,498,377,214,98",
            "sample 38,96,24,50,60",
            "sample 3,13,11,12,14,9,5,26,28,21,24,18,19,23,29,1,7,0,22,8,16,20,15,17,10,6,27,25,2,4",
            "sample 294726350566,785145058434,596288200584",
            "sample 11,31,52,44,33,3,37,10,12,30,13,55,26,4,25,40,39,18,27,46",
            "choice 22,26,16,6,22",
            "gauss bfecd43ef977dace bfe53723219ade2a 3ff51ebf3a6e3ee4 bfeee035ddba0d47 bfe3abaa7ee6ddc8",
            "normalvariate bfe35bd40ef6e62c 400d6198597968c8 bff56a842075e0c4",
            "expovariate 3fc43e235281a795",
            "triangular 400d6d99e4954daa 3fd31bf713e57842",
            "uniform 401056ddec7d2bb4",
            "choices 1,2,1,9,6",
            "choices 1,3,2,1,1",
            "randrange 70,159483537042401347753012178702,58,1,5806216514642309577",
            "misc 3ff9ca89189e8f8f 3febe9528a7305dc 401070cd06d8121f",
            "randbytes 2b20414f25 ",
            "state 297 1791233174 1636002590",
        ]),
        ("int", "12345678901234567890", &[
            "random 3fe06273c7710f4d 3fedd1f72a2feb81 3fe48dd221ca4920 3feb4594614e7efb 3fd6a86bec34d808",
            "randint 30,74,62,47,17,10,23,70,8,96,59,61,1,69,87,46,61,98,84,69",
            "getrandbits 720219221062953072964392984154,3452377439,51,14092584405519220339,0,5319793634,11186571051298297821,4732056395088463081257889024135404471019334101480567227904749636594432474835070482343160487607905398047816868814579455846163418030962856351081588714929341525564188054951120639150814257100514881213551549117193772538458436073903045751837991962432998497301577835781978463243621693366035903798615734343768",
            "shuffle 6,0,19,12,13,18,15,14,2,1,16,10,3,9,4,7,17,11,8,5",
            "sample 964,288,658,731,991,129,106,610,249,561",
            "sample 31,1,88,79,83",
            "sample 28,17,1,11,25,27,20,9,26,21,23,18,4,29,12,10,15,2,5,0,8,14,13,6,3,7,24,22,16,19",
            "sample 963455815898,157275539905,509848415761",
            "sample 49,24,40,21,45,37,30,48,42,10,26,13,56,19,50,53,15,43,1,39",
            "choice 22,6,20,34,18",
            "gauss 3fb5a554a149e360 bff4658554bbb0e8 bff4bfa8e4eba457 3fe47fab2986482e bfe3a84f8bf49338",
            "normalvariate 40245e5df59467af 401635184393924e 3fe3f902d4b55b42",
            "expovariate 3fe2664999a93d37",
            "triangular 400f0944e80e80a6 3fdeb7bc43412711",
            "uniform 400c3285a7839061",
            "choices 4,8,7,2,8",
            "choices 2,3,3,3,3",
            "randrange 35,441125525629851714636978118860,40,0,2619757787019603233",
            "misc 3ff4713471f67841 3fd1d8b943ab5990 3ffd9f65343c73ec",
            "randbytes 095d899385 ",
            "state 292 1417373570 1654788739",
        ]),
        ("int", "4294967296", &[
            "random 3fbced31cb3df170 3fdabdb5477a4f26 3f91139c02ebd380 3fe39338e3811e8e 3fe9c7dc430ca10d",
            "randint 43,70,58,2,18,10,56,65,41,44,95,49,62,60,21,89,16,85,40,91",
            "getrandbits 418362586574935418346656128371,2175601904,120,10866638065530229639,0,6498263147,16944882935486501715,498096452440249189754921597090267992442297774934884676550401572472864044142331748741500577198672173159138137792486042967499706408930486896579559816738156825161163891725567599384991285173498471417072128055928252066568875794900712162270078382392076527152789480658768482525752451482889067588341862096186",
            "shuffle 11,2,17,10,18,1,7,6,15,3,16,4,0,19,12,13,14,8,5,9",
            "sample 159,126,224,73,645,382,67,458,304,588",
            "sample 8,11,59,30,37",
            "sample 7,6,21,17,29,2,23,12,1,16,3,13,10,18,8,22,5,15,20,25,4,24,0,11,9,26,27,14,28,19",
            "sample 274034937237,51676857997,70408644235",
            "sample 41,43,4,3,55,14,23,11,31,39,22,12,25,9,26,45,58,7,33,42",
            "choice 16,4,45,14,24",
            "gauss bfdf862a031d6b7e 3ff8d08d34f73811 3ff020801014b186 3fcf3b67da4679cb 3ff4db747706caec",
            "normalvariate 3ffe4a5d2bac2be4 bff228b0cb2e672a c00c46fb4c0b1d46",
            "expovariate 3fc333e8c9d822f0",
            "triangular 401f98ab0287a9c0 3fd4dde515432c6f",
            "uniform 4010030cc86816de",
            "choices 2,2,4,8,9",
            "choices 1,3,2,2,3",
            "randrange 77,448164387680138247746702663430,79,-3,1407558059148748285",
            "misc 3ff26db545e1f0a3 3fd2db9ff242b1ce 3fec40f7cad4f934",
            "randbytes c894a5c5bb ",
            "state 302 2459513802 585929550",
        ]),
    ];
    /// (start, stop, step, CPython error) for randrange.
    const RANDRANGE_ERRORS: &[(&str, Option<&str>, Option<&str>, &str)] = &[
        ("0", None, None, "ValueError: empty range for randrange()"),
        ("-3", None, None, "ValueError: empty range for randrange()"),
        (
            "5",
            Some("5"),
            None,
            "ValueError: empty range for randrange() (5, 5, 0)",
        ),
        (
            "5",
            Some("2"),
            None,
            "ValueError: empty range for randrange() (5, 2, -3)",
        ),
        (
            "0",
            Some("10"),
            Some("0"),
            "ValueError: zero step for randrange()",
        ),
        (
            "0",
            Some("10"),
            Some("-1"),
            "ValueError: empty range for randrange()",
        ),
        (
            "10",
            Some("0"),
            Some("1"),
            "ValueError: empty range for randrange() (10, 0, -10)",
        ),
        (
            "3",
            None,
            Some("2"),
            "TypeError: Missing a non-None stop argument",
        ),
    ];
    const SAMPLE_SETSIZE: &[(u64, u64)] = &[
        (0, 21),
        (1, 21),
        (5, 21),
        (6, 85),
        (7, 85),
        (10, 85),
        (21, 85),
        (22, 277),
        (100, 1045),
        (1000, 4117),
        (5461, 16405),
        (5462, 65557),
        (1000000, 4194325),
    ];
}
