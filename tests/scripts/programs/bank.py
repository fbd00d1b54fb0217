class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class AccountClosed(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
        self.closed = False
    @property
    def balance(self):
        return self._balance
    def _check(self):
        if self.closed:
            raise AccountClosed(f"account {self.id} is closed")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self._balance})"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.05):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, *args):
        acct = cls(owner, *args)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            raise LookupError(f"no account {src}") from None
        self.accounts[dst].deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(SavingsAccount, "bob", 1000, 0.1)
print(alice, bob)  # expect: Account#1(alice, 100) Account#2(bob, 1000)
bank.transfer(2, 1, 250)
print(alice.balance, bob.balance, bank.total())  # expect: 350 750 1100
print(bob.add_interest(), bob)  # expect: 75.0 Account#2(bob, 825.0)
for args in [(1, 2, 1000), (9, 1, 5), (1, 2, -0)]:
    try:
        bank.transfer(*args)
        print("ok", args)
    except InsufficientFunds as e:
        print("insufficient:", e, e.needed - e.available)
    except LookupError as e:
        print("lookup:", e)
    except ValueError as e:
        print("value:", e)
# expect: insufficient: need 1000, have 350 650
# expect: lookup: no account 9
# expect: value: deposit must be positive
alice.closed = True
try:
    alice.deposit(1)
except AccountClosed as e:
    print(type(e).__name__, e)  # expect: AccountClosed account 1 is closed
print(alice.history, bob.history)  # expect: [('deposit', 250), ('withdraw', 0)] [('withdraw', 250), ('deposit', 75.0)]
print(sorted(bank.accounts.values(), key=lambda a: -a.balance))  # expect: [Account#2(bob, 825.0), Account#1(alice, 350)]
try:
    alice.balance = 5
except AttributeError:
    print("balance is read-only")  # expect: balance is read-only
