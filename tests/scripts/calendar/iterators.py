# Calendar iterators and matrices, with different first weekdays and edge months
import calendar
c = calendar.Calendar()
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))  # expect: 0 0 [0, 1, 2, 3, 4, 5, 6]
c6 = calendar.Calendar(6)
print(c6.firstweekday, list(c6.iterweekdays()), list(calendar.Calendar(10).iterweekdays()), calendar.Calendar(-1).firstweekday)  # expect: 6 [6, 0, 1, 2, 3, 4, 5] [3, 4, 5, 6, 0, 1, 2] 6
c6.setfirstweekday(2)
print(c6.firstweekday, list(c6.iterweekdays()))  # expect: 2 [2, 3, 4, 5, 6, 0, 1]
c6.firstweekday = 6
print(list(c.itermonthdays(2024, 2)))  # expect: [0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 0, 0, 0]
print(list(c6.itermonthdays(2024, 2)))  # expect: [0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 0, 0]
print(list(c.itermonthdays2(2024, 3))[:9])  # expect: [(0, 0), (0, 1), (0, 2), (0, 3), (1, 4), (2, 5), (3, 6), (4, 0), (5, 1)]
print(list(c6.itermonthdays2(2024, 3))[-8:])  # expect: [(30, 5), (31, 6), (0, 0), (0, 1), (0, 2), (0, 3), (0, 4), (0, 5)]
print(list(c.itermonthdays3(2024, 3))[:6], list(c.itermonthdays3(2024, 3))[-3:])  # expect: [(2024, 2, 26), (2024, 2, 27), (2024, 2, 28), (2024, 2, 29), (2024, 3, 1), (2024, 3, 2)] [(2024, 3, 29), (2024, 3, 30), (2024, 3, 31)]
print(list(c6.itermonthdays4(2023, 12))[-8:])  # expect: [(2023, 12, 30, 5), (2023, 12, 31, 6), (2024, 1, 1, 0), (2024, 1, 2, 1), (2024, 1, 3, 2), (2024, 1, 4, 3), (2024, 1, 5, 4), (2024, 1, 6, 5)]
print([str(d) for d in c.itermonthdates(2024, 2)][:3], len(list(c.itermonthdates(2024, 2))), len(list(c.itermonthdates(2015, 2))))  # expect: ['2024-01-29', '2024-01-30', '2024-01-31'] 35 35
print(c.monthdayscalendar(2015, 2))  # expect: [[0, 0, 0, 0, 0, 0, 1], [2, 3, 4, 5, 6, 7, 8], [9, 10, 11, 12, 13, 14, 15], [16, 17, 18, 19, 20, 21, 22], [23, 24, 25, 26, 27, 28, 0]]
print(c6.monthdayscalendar(2015, 2))  # expect: [[1, 2, 3, 4, 5, 6, 7], [8, 9, 10, 11, 12, 13, 14], [15, 16, 17, 18, 19, 20, 21], [22, 23, 24, 25, 26, 27, 28]]
print(c.monthdays2calendar(2024, 6)[-1])  # expect: [(24, 0), (25, 1), (26, 2), (27, 3), (28, 4), (29, 5), (30, 6)]
print([[str(d) for d in w] for w in c6.monthdatescalendar(2024, 6)][0])  # expect: ['2024-05-26', '2024-05-27', '2024-05-28', '2024-05-29', '2024-05-30', '2024-05-31', '2024-06-01']
print(list(c.itermonthdays3(1, 1))[:2], list(c6.itermonthdays3(9999, 12))[-3:])  # expect: [(1, 1, 1), (1, 1, 2)] [(9999, 12, 30), (9999, 12, 31), (10000, 1, 1)]
print(list(c.itermonthdays(1, 1))[:3], list(c.itermonthdays4(9999, 12))[-1])  # expect: [1, 2, 3] (10000, 1, 2, 6)
for y, m, fw in [(1, 1, 6), (9999, 12, 0)]:
    try:
        list(calendar.Calendar(fw).itermonthdates(y, m))
    except ValueError as e:
        print('ValueError:', e)
        # expect: ValueError: year 0 is out of range
        # expect: ValueError: year 10000 is out of range
print([len(list(c.itermonthdates(1, 1))), len(list(calendar.Calendar(5).itermonthdates(9999, 12)))])  # expect: [35, 35]
try:
    list(c.itermonthdays(2024, 13))
except calendar.IllegalMonthError as e:
    print('IllegalMonthError:', e)  # expect: IllegalMonthError: bad month number 13; must be 1-12
ydc = c.yeardatescalendar(2021)
print(len(ydc), [len(row) for row in ydc], str(ydc[0][0][0][0]), str(ydc[-1][-1][-1][-1]))  # expect: 4 [3, 3, 3, 3] 2020-12-28 2022-01-02
yd2 = c.yeardays2calendar(2021, 5)
print(len(yd2), [len(row) for row in yd2], yd2[2][1])  # expect: 3 [5, 5, 2] [[(0, 0), (0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6)], [(6, 0), (7, 1), (8, 2), (9, 3), (10, 4), (11, 5), (12, 6)], [(13, 0), (14, 1), (15, 2), (16, 3), (17, 4), (18, 5), (19, 6)], [(20, 0), (21, 1), (22, 2), (23, 3), (24, 4), (25, 5), (26, 6)], [(27, 0), (28, 1), (29, 2), (30, 3), (31, 4), (0, 5), (0, 6)]]
ydd = calendar.Calendar(3).yeardayscalendar(2020, 4)
print(len(ydd), ydd[0][1])  # expect: 3 [[0, 0, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11, 12], [13, 14, 15, 16, 17, 18, 19], [20, 21, 22, 23, 24, 25, 26], [27, 28, 29, 0, 0, 0, 0]]
print([len(m) for row in c.yeardayscalendar(2026) for m in row])  # expect: [5, 5, 6, 5, 5, 5, 5, 6, 5, 5, 6, 5]
class Sub(calendar.Calendar):
    def itermonthdays(self, year, month):
        for d in super().itermonthdays(year, month):
            yield d * 10
print(Sub().monthdayscalendar(2024, 2)[0], Sub(6).monthdays2calendar(2024, 2)[0])  # expect: [0, 0, 0, 10, 20, 30, 40] [(0, 6), (0, 0), (0, 1), (0, 2), (10, 3), (20, 4), (30, 5)]
gen = c.itermonthdays(2024, 2)
print(next(gen), next(gen), next(gen), next(gen), type(gen).__name__)  # expect: 0 0 0 1 generator
