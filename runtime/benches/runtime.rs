//! Criterion micro-benchmarks of the scheduler and primitives.
//!
//!     cargo bench -p spindle-runtime --bench runtime
//!
//! Go twins of the same measurements: `benches/go/micro_test.go`
//! (`cd runtime/benches/go && go test -bench . micro_test.go`).

use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use spindle_runtime::*;

fn runtime() -> Runtime {
    Runtime::builder().workers(2).build().unwrap()
}

/// Runs `f` as a main goroutine and returns the time it measured.
fn on_goroutine(s: &Scope, f: impl FnOnce() -> Duration + Send + 'static) -> Duration {
    s.task().main().spawn(f).get().unwrap()
}

fn spawn_join(c: &mut Criterion) {
    let rt = runtime();
    let s = Scope::new(&rt);
    let mut g = c.benchmark_group("spawn_join");
    g.throughput(Throughput::Elements(1));
    // Per goroutine: spawn from a goroutine, then join every promise, in
    // batches of 10k (as the spawn_join workload does with 100k).
    g.bench_function("per_goroutine", |b| {
        b.iter_custom(|iters| {
            on_goroutine(&s, move || {
                let mut left = iters;
                let mut total = Duration::ZERO;
                let mut ps = Vec::with_capacity(10_000);
                while left > 0 {
                    let n = left.min(10_000);
                    left -= n;
                    let t = Instant::now();
                    for i in 0..n {
                        ps.push(spawn(move || i * 2));
                    }
                    let mut sum = 0;
                    for p in ps.drain(..) {
                        sum += p.get().unwrap();
                    }
                    total += t.elapsed();
                    assert_eq!(sum, n * (n - 1));
                }
                total
            })
        })
    });
    g.finish();
}

fn handoff(c: &mut Criterion) {
    let rt = runtime();
    let s = Scope::new(&rt);
    let mut g = c.benchmark_group("handoff");
    g.throughput(Throughput::Elements(1));
    // Round trip between two goroutines through two Queue(maxsize=1).
    g.bench_function("round_trip_bounded_queue", |b| {
        b.iter_custom(|iters| {
            on_goroutine(&s, move || {
                let (ping, pong) = (Queue::<u64>::bounded(1), Queue::<u64>::bounded(1));
                let (p2, q2) = (ping.clone(), pong.clone());
                let echo = spawn(move || {
                    for v in &p2 {
                        q2.put(v + 1).unwrap();
                    }
                });
                let t = Instant::now();
                let mut x = 0;
                for _ in 0..iters {
                    ping.put(x).unwrap();
                    x = pong.get().unwrap();
                }
                let e = t.elapsed();
                assert_eq!(x, iters);
                ping.close();
                echo.wait().unwrap();
                e
            })
        })
    });
    // The same with the stackless park path on the echo side (how the VM
    // runs a goroutine that parks from bytecode).
    g.bench_function("round_trip_stackless_echo", |b| {
        b.iter_custom(|iters| {
            on_goroutine(&s, move || {
                let (ping, pong) = (Queue::<u64>::bounded(1), Queue::<u64>::bounded(1));
                let (p2, q2) = (ping.clone(), pong.clone());
                let mut out: Option<u64> = None;
                let echo = Scope::current().unwrap().spawn_poll(move |cx| loop {
                    if out.is_some() {
                        match q2.poll_put(cx, &mut out, None) {
                            std::task::Poll::Ready(r) => r.unwrap(),
                            std::task::Poll::Pending => return Step::Pending,
                        }
                    }
                    match p2.poll_get(cx, None) {
                        std::task::Poll::Ready(Ok(v)) => out = Some(v + 1),
                        std::task::Poll::Ready(Err(_)) => return Step::Ready(()),
                        std::task::Poll::Pending => return Step::Pending,
                    }
                });
                let t = Instant::now();
                let mut x = 0;
                for _ in 0..iters {
                    ping.put(x).unwrap();
                    x = pong.get().unwrap();
                }
                let e = t.elapsed();
                assert_eq!(x, iters);
                ping.close();
                echo.wait().unwrap();
                e
            })
        })
    });
    // Buffered stream, as queue_pingpong: producer puts, consumer gets, cap 100.
    g.bench_function("stream_cap100_per_item", |b| {
        b.iter_custom(|iters| {
            on_goroutine(&s, move || {
                let q = Queue::<u64>::bounded(100);
                let q2 = q.clone();
                let t = Instant::now();
                spawn(move || {
                    for i in 0..iters {
                        q2.put(i).unwrap();
                    }
                    q2.close();
                });
                let mut n = 0;
                for _ in &q {
                    n += 1;
                }
                assert_eq!(n, iters);
                t.elapsed()
            })
        })
    });
    g.finish();
}

fn fanout(c: &mut Criterion) {
    let rt = runtime();
    let s = Scope::new(&rt);
    let mut g = c.benchmark_group("fanout_wg");
    g.sample_size(20);
    g.throughput(Throughput::Elements(100_000));
    g.bench_function("100k", |b| {
        b.iter_custom(|iters| {
            on_goroutine(&s, move || {
                let t = Instant::now();
                for _ in 0..iters {
                    let wg = WaitGroup::new();
                    let counter = Atomic::new(0);
                    for i in 0..100_000i64 {
                        wg.add(1).unwrap();
                        let (wg, c) = (wg.clone(), counter.clone());
                        spawn(move || {
                            c.add(i).unwrap();
                            wg.done().unwrap();
                        });
                    }
                    wg.wait().unwrap();
                    assert_eq!(counter.get(), 4_999_950_000);
                }
                t.elapsed()
            })
        })
    });
    g.finish();
}

#[inline(never)]
fn spin(n: u64) -> u64 {
    let mut x = n;
    for i in 0..n {
        x = std::hint::black_box(x.wrapping_mul(6364136223846793005).wrapping_add(i));
    }
    x
}

fn cpu_scaling(c: &mut Criterion) {
    let rt = runtime();
    let s = Scope::new(&rt);
    let mut g = c.benchmark_group("cpu_bound_2x");
    g.sample_size(10);
    const WORK: u64 = 20_000_000;
    // Two independent CPU-bound goroutines vs the same work on one.
    g.bench_function("seq", |b| {
        b.iter_custom(|iters| {
            on_goroutine(&s, move || {
                let t = Instant::now();
                for _ in 0..iters {
                    std::hint::black_box(spin(WORK) ^ spin(WORK));
                }
                t.elapsed()
            })
        })
    });
    g.bench_function("par", |b| {
        b.iter_custom(|iters| {
            on_goroutine(&s, move || {
                let t = Instant::now();
                for _ in 0..iters {
                    let a = spawn(|| spin(WORK));
                    let b = spawn(|| spin(WORK));
                    std::hint::black_box(a.get().unwrap() ^ b.get().unwrap());
                }
                t.elapsed()
            })
        })
    });
    g.finish();
}

criterion_group!(benches, spawn_join, handoff, fanout, cpu_scaling);
criterion_main!(benches);
