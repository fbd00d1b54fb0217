//! pool: 4 worker goroutines on a Queue of depth 8; 200k submits; workers
//! Atomic.add the item. Twin of shared/bench/go/pool.go.
//! Expected output: "pool n=200000 counter=19999900000"
use spindle_runtime::{spawn, Atomic, Queue, Runtime, Scope, WaitGroup};

fn main() {
    const N: i64 = 200_000;
    const WORKERS: usize = 4;
    let rt = Runtime::new().unwrap();
    let s = Scope::new(&rt);
    let counter = Atomic::new(0);
    let c = counter.clone();
    s.task()
        .main()
        .spawn(move || {
            let tasks = Queue::<i64>::bounded(WORKERS * 2);
            let wg = WaitGroup::new();
            for _ in 0..WORKERS {
                wg.add(1).unwrap();
                let (t, wg, c) = (tasks.clone(), wg.clone(), c.clone());
                spawn(move || {
                    for v in &t {
                        c.add(v).unwrap();
                    }
                    wg.done().unwrap();
                });
            }
            for i in 0..N {
                tasks.put(i).unwrap();
            }
            tasks.close();
            wg.wait().unwrap();
        })
        .get()
        .unwrap();
    println!("pool n={N} counter={}", counter.get());
}
