//! cpu_parallel: par = two goroutines each fib(n); seq = the two calls in
//! turn on one goroutine. Twin of shared/bench/go/cpu_parallel.go.
//! Run: cpu_parallel par|seq [n]   (default 27; 35 gives a measurable ratio)
use spindle_runtime::{spawn, Runtime, Scope};

#[inline(never)]
fn fib(n: u32) -> i64 {
    if n < 2 {
        n as i64
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "par".into());
    let n: u32 = args.next().map_or(27, |a| a.parse().unwrap());
    let rt = Runtime::new().unwrap();
    let s = Scope::new(&rt);
    let par = mode == "par";
    let r = s
        .task()
        .main()
        .spawn(move || {
            if par {
                let a = spawn(move || fib(std::hint::black_box(n)));
                let b = spawn(move || fib(std::hint::black_box(n)));
                a.get().unwrap() + b.get().unwrap()
            } else {
                fib(std::hint::black_box(n)) + fib(std::hint::black_box(n))
            }
        })
        .get()
        .unwrap();
    println!("cpu_parallel mode={mode} result={r}");
}
