//! fanout_wg: N goroutines each Atomic.add(i) then wg.done(); main waits.
//! Twin of shared/bench/go/fanout_wg.go.
//! Expected output: "fanout_wg n=100000 counter=4999950000"
use spindle_runtime::{spawn, Atomic, Runtime, Scope, WaitGroup};

fn main() {
    const N: i64 = 100_000;
    let rt = Runtime::new().unwrap();
    let s = Scope::new(&rt);
    let counter = Atomic::new(0);
    let c = counter.clone();
    s.task()
        .main()
        .spawn(move || {
            let wg = WaitGroup::new();
            for i in 0..N {
                wg.add(1).unwrap();
                let (wg, c) = (wg.clone(), c.clone());
                spawn(move || {
                    c.add(i).unwrap();
                    wg.done().unwrap();
                });
            }
            wg.wait().unwrap();
        })
        .get()
        .unwrap();
    println!("fanout_wg n={N} counter={}", counter.get());
}
