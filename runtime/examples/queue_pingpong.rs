//! queue_pingpong: a producer goroutine puts M ints into Queue(maxsize=100)
//! then -1; the main goroutine sums. Twin of shared/bench/go/queue_pingpong.go.
//! Expected output: "queue_pingpong m=200000 sum=19999900000"
use spindle_runtime::{spawn, Queue, Runtime, Scope};

fn main() {
    const M: i64 = 200_000;
    let rt = Runtime::new().unwrap();
    let s = Scope::new(&rt);
    let total = s
        .task()
        .main()
        .spawn(|| {
            let q = Queue::<i64>::bounded(100);
            let q2 = q.clone();
            spawn(move || {
                for i in 0..M {
                    q2.put(i).unwrap();
                }
                q2.put(-1).unwrap();
            });
            let mut total = 0;
            loop {
                let v = q.get().unwrap();
                if v < 0 {
                    break total;
                }
                total += v;
            }
        })
        .get()
        .unwrap();
    println!("queue_pingpong m={M} sum={total}");
}
