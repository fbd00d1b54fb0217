class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: balance {self.balance}, requested {amount}")
        self.balance -= amount
        return self.balance
acct = Account(100)
print(acct.withdraw(30))  # expect: 70
print(acct.withdraw(80))
# expect runtime error: ValueError: insufficient funds: balance 70, requested 80
