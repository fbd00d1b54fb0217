//! 1M parked goroutines: time to park a million goroutines in `Queue.get`
//! and feed them, and peak RSS per goroutine (VmHWM of this process, which
//! runs nothing else), for the stackless park path the VM uses.
//!
//!     cargo bench -p spindle-runtime --bench parked
//!
//! Go twin: `shared/bench/go/parked.go 1000000` (its peak RSS with
//! `/usr/bin/time -f %M`).

use std::task::Poll;
use std::time::Instant;

use spindle_runtime::*;

fn vm_hwm_kib() -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap();
    let l = s.lines().find(|l| l.starts_with("VmHWM")).unwrap();
    l.split_whitespace().nth(1).unwrap().parse().unwrap()
}

fn run(rt: &Runtime, k: u64) -> f64 {
    let s = Scope::new(rt);
    let q = Queue::<u64>::unbounded();
    let total = Atomic::new(0);
    let done = WaitGroup::new();
    done.add(k as i64).unwrap();
    let parks0 = rt.stats().parks;
    let t = Instant::now();
    for _ in 0..k {
        let (q, total, done) = (q.clone(), total.clone(), done.clone());
        s.spawn_poll(move |cx| match q.poll_get(cx, None) {
            Poll::Ready(v) => {
                total.add(v.unwrap() as i64).unwrap();
                done.done().unwrap();
                Step::Ready(())
            }
            Poll::Pending => Step::Pending,
        });
    }
    while rt.stats().parks - parks0 < k {
        std::thread::yield_now();
    }
    assert_eq!(s.live() as u64, k);
    for i in 0..k {
        q.put(i).unwrap();
    }
    done.wait().unwrap();
    s.wait_all().unwrap();
    assert_eq!(total.get() as u64, k * (k - 1) / 2);
    t.elapsed().as_secs_f64()
}

fn main() {
    // Criterion's harness passes flags (e.g. --bench); ignore them.
    let rt = Runtime::builder().workers(2).build().unwrap();
    let base = vm_hwm_kib();
    let t_small = run(&rt, 10_000);
    let hwm_small = vm_hwm_kib();
    let t_big = run(&rt, 1_000_000);
    let hwm_big = vm_hwm_kib();
    let per = (hwm_big - hwm_small) as f64 * 1024.0 / 990_000.0;
    println!(
        "parked/10k: {:.3} s, VmHWM {} KiB (base {} KiB)",
        t_small, hwm_small, base
    );
    println!("parked/1M:  {:.3} s, VmHWM {} KiB", t_big, hwm_big);
    println!(
        "parked/1M:  {:.0} ns per goroutine (spawn, park, wake, finish)",
        t_big * 1e9 / 1e6
    );
    println!(
        "parked/1M:  peak RSS per parked goroutine {:.0} B = {:.2} KiB",
        per,
        per / 1024.0
    );
}
