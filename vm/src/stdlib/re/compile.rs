//! Tree → program for the backtracking matcher in `exec`.
//!
//! The program is a flat list of instructions. Alternation and optional
//! parts are `Split`s (try the first target, remember the second);
//! counted and unbounded loops keep their iteration count and the position
//! where the current iteration started in registers, so a loop whose body
//! matched the empty string stops instead of spinning (CPython's rule).
//! A repeated single character (`\w+`, `.*?`, `[^"]*`) is one `RepeatOne`
//! instruction that gives characters back one at a time, which keeps the
//! backtrack stack small on long inputs.

use super::parse::{Assert, Class, Node};

#[derive(Debug)]
pub enum Inst {
    Char(char),
    /// Case-insensitive char (stored lowercased).
    CharI(char),
    /// `.` without DOTALL.
    Any,
    /// `.` with DOTALL.
    AnyAll,
    Class(Box<Class>),
    Assert(Assert),
    /// Try `.0`, on failure resume at `.1`.
    Split(usize, usize),
    Jmp(usize),
    Save(usize),
    Backref {
        group: usize,
        icase: bool,
    },
    /// Loop entry: reset register `reg`.
    RepInit {
        reg: usize,
    },
    /// Loop head: decide whether to run the body (next instruction) again.
    RepLoop {
        reg: usize,
        min: usize,
        max: usize,
        greedy: bool,
        exit: usize,
    },
    /// Loop tail: count an iteration and go back to the head at `head`.
    RepEnd {
        reg: usize,
        min: usize,
        head: usize,
        exit: usize,
    },
    /// A single-character matcher (the next instruction) repeated; `skip`
    /// is the instruction after that matcher.
    RepeatOne {
        min: usize,
        max: usize,
        greedy: bool,
    },
    /// Look-around whose body starts at the next instruction and ends with
    /// `SubEnd`; continue at `next`.
    Look {
        ahead: bool,
        negate: bool,
        width: usize,
        next: usize,
    },
    /// Atomic group: body as for `Look`.
    Atomic {
        next: usize,
    },
    /// `(?(g)yes|no)`: continue if group `g` matched, else jump to `no`.
    Cond {
        group: usize,
        no: usize,
    },
    SubEnd,
    Match,
}

pub struct Program {
    pub insts: Vec<Inst>,
    pub nregs: usize,
}

/// Repetition without an upper bound.
pub const INF: usize = usize::MAX;

/// Compiles `node`, which is wrapped in group 0's saves.
pub fn compile(node: &Node) -> Program {
    let mut c = Compiler {
        insts: Vec::new(),
        nregs: 0,
    };
    c.push(Inst::Save(0));
    c.emit(node);
    c.push(Inst::Save(1));
    c.push(Inst::Match);
    Program {
        insts: c.insts,
        nregs: c.nregs,
    }
}

struct Compiler {
    insts: Vec<Inst>,
    nregs: usize,
}

fn single_char(n: &Node) -> Option<&Node> {
    match n {
        Node::Char { .. } | Node::Any { .. } | Node::Class(_) => Some(n),
        Node::Group(None, inner) => single_char(inner),
        _ => None,
    }
}

impl Compiler {
    fn push(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }

    fn pc(&self) -> usize {
        self.insts.len()
    }

    fn emit(&mut self, n: &Node) {
        match n {
            Node::Empty => {}
            Node::Char { c, icase } => {
                if *icase && crate::stdlib::re::exec::has_case(*c) {
                    self.push(Inst::CharI(crate::stdlib::re::exec::lower(*c)));
                } else {
                    self.push(Inst::Char(*c));
                }
            }
            Node::Any { dotall } => {
                self.push(if *dotall { Inst::AnyAll } else { Inst::Any });
            }
            Node::Class(c) => {
                self.push(Inst::Class(c.clone()));
            }
            Node::Assert(a) => {
                self.push(Inst::Assert(*a));
            }
            Node::Group(g, inner) => match g {
                Some(g) => {
                    self.push(Inst::Save(2 * g));
                    self.emit(inner);
                    self.push(Inst::Save(2 * g + 1));
                }
                None => self.emit(inner),
            },
            Node::Concat(v) => {
                for x in v {
                    self.emit(x);
                }
            }
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (k, x) in v.iter().enumerate() {
                    if k + 1 < v.len() {
                        let split = self.push(Inst::Split(0, 0));
                        self.emit(x);
                        jumps.push(self.push(Inst::Jmp(0)));
                        let next = self.pc();
                        self.insts[split] = Inst::Split(split + 1, next);
                    } else {
                        self.emit(x);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat {
                node,
                min,
                max,
                greedy,
                possessive,
            } => {
                if *possessive {
                    let inner = Node::Repeat {
                        node: node.clone(),
                        min: *min,
                        max: *max,
                        greedy: true,
                        possessive: false,
                    };
                    self.emit(&Node::Atomic(Box::new(inner)));
                    return;
                }
                let max = max.unwrap_or(INF);
                if let Some(one) = single_char(node) {
                    self.push(Inst::RepeatOne {
                        min: *min,
                        max,
                        greedy: *greedy,
                    });
                    self.emit(one);
                    return;
                }
                if *min == 0 && max == 1 {
                    let split = self.push(Inst::Split(0, 0));
                    self.emit(node);
                    let end = self.pc();
                    self.insts[split] = if *greedy {
                        Inst::Split(split + 1, end)
                    } else {
                        Inst::Split(end, split + 1)
                    };
                    return;
                }
                if max == 0 {
                    return;
                }
                let reg = self.nregs;
                self.nregs += 1;
                self.push(Inst::RepInit { reg });
                let head = self.push(Inst::RepLoop {
                    reg,
                    min: *min,
                    max,
                    greedy: *greedy,
                    exit: 0,
                });
                self.emit(node);
                let tail = self.push(Inst::RepEnd {
                    reg,
                    min: *min,
                    head,
                    exit: 0,
                });
                let exit = self.pc();
                self.insts[head] = Inst::RepLoop {
                    reg,
                    min: *min,
                    max,
                    greedy: *greedy,
                    exit,
                };
                self.insts[tail] = Inst::RepEnd {
                    reg,
                    min: *min,
                    head,
                    exit,
                };
            }
            Node::Backref { group, icase } => {
                self.push(Inst::Backref {
                    group: *group,
                    icase: *icase,
                });
            }
            Node::Look {
                ahead,
                negate,
                node,
            } => {
                let width = super::parse::fixed_width(node).unwrap_or(0);
                let at = self.push(Inst::Look {
                    ahead: *ahead,
                    negate: *negate,
                    width,
                    next: 0,
                });
                self.emit(node);
                self.push(Inst::SubEnd);
                let next = self.pc();
                self.insts[at] = Inst::Look {
                    ahead: *ahead,
                    negate: *negate,
                    width,
                    next,
                };
            }
            Node::Atomic(node) => {
                let at = self.push(Inst::Atomic { next: 0 });
                self.emit(node);
                self.push(Inst::SubEnd);
                let next = self.pc();
                self.insts[at] = Inst::Atomic { next };
            }
            Node::Cond { group, yes, no } => {
                let at = self.push(Inst::Cond {
                    group: *group,
                    no: 0,
                });
                self.emit(yes);
                let j = self.push(Inst::Jmp(0));
                let no_pc = self.pc();
                self.emit(no);
                let end = self.pc();
                self.insts[at] = Inst::Cond {
                    group: *group,
                    no: no_pc,
                };
                self.insts[j] = Inst::Jmp(end);
            }
        }
    }
}
