# TextCalendar year output: calendar(), prcal() and layout options
import calendar
print(calendar.calendar(2024), end='')
# expect:                                   2024
# expect:
# expect:       January                   February                   March
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:  1  2  3  4  5  6  7                1  2  3  4                   1  2  3
# expect:  8  9 10 11 12 13 14       5  6  7  8  9 10 11       4  5  6  7  8  9 10
# expect: 15 16 17 18 19 20 21      12 13 14 15 16 17 18      11 12 13 14 15 16 17
# expect: 22 23 24 25 26 27 28      19 20 21 22 23 24 25      18 19 20 21 22 23 24
# expect: 29 30 31                  26 27 28 29               25 26 27 28 29 30 31
# expect:
# expect:        April                      May                       June
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:  1  2  3  4  5  6  7             1  2  3  4  5                      1  2
# expect:  8  9 10 11 12 13 14       6  7  8  9 10 11 12       3  4  5  6  7  8  9
# expect: 15 16 17 18 19 20 21      13 14 15 16 17 18 19      10 11 12 13 14 15 16
# expect: 22 23 24 25 26 27 28      20 21 22 23 24 25 26      17 18 19 20 21 22 23
# expect: 29 30                     27 28 29 30 31            24 25 26 27 28 29 30
# expect:
# expect:         July                     August                  September
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:  1  2  3  4  5  6  7                1  2  3  4                         1
# expect:  8  9 10 11 12 13 14       5  6  7  8  9 10 11       2  3  4  5  6  7  8
# expect: 15 16 17 18 19 20 21      12 13 14 15 16 17 18       9 10 11 12 13 14 15
# expect: 22 23 24 25 26 27 28      19 20 21 22 23 24 25      16 17 18 19 20 21 22
# expect: 29 30 31                  26 27 28 29 30 31         23 24 25 26 27 28 29
# expect:                                                     30
# expect:
# expect:       October                   November                  December
# expect: Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su      Mo Tu We Th Fr Sa Su
# expect:     1  2  3  4  5  6                   1  2  3                         1
# expect:  7  8  9 10 11 12 13       4  5  6  7  8  9 10       2  3  4  5  6  7  8
# expect: 14 15 16 17 18 19 20      11 12 13 14 15 16 17       9 10 11 12 13 14 15
# expect: 21 22 23 24 25 26 27      18 19 20 21 22 23 24      16 17 18 19 20 21 22
# expect: 28 29 30 31               25 26 27 28 29 30         23 24 25 26 27 28 29
# expect:                                                     30 31
calendar.prcal(2021, m=6, c=2)
# expect:                                                                2021
# expect:
# expect:       January               February               March                 April                  May                   June
# expect: Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su
# expect:              1  2  3   1  2  3  4  5  6  7   1  2  3  4  5  6  7            1  2  3  4                  1  2      1  2  3  4  5  6
# expect:  4  5  6  7  8  9 10   8  9 10 11 12 13 14   8  9 10 11 12 13 14   5  6  7  8  9 10 11   3  4  5  6  7  8  9   7  8  9 10 11 12 13
# expect: 11 12 13 14 15 16 17  15 16 17 18 19 20 21  15 16 17 18 19 20 21  12 13 14 15 16 17 18  10 11 12 13 14 15 16  14 15 16 17 18 19 20
# expect: 18 19 20 21 22 23 24  22 23 24 25 26 27 28  22 23 24 25 26 27 28  19 20 21 22 23 24 25  17 18 19 20 21 22 23  21 22 23 24 25 26 27
# expect: 25 26 27 28 29 30 31                        29 30 31              26 27 28 29 30        24 25 26 27 28 29 30  28 29 30
# expect:                                                                                         31
# expect:
# expect:         July                 August              September              October               November              December
# expect: Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su  Mo Tu We Th Fr Sa Su
# expect:           1  2  3  4                     1         1  2  3  4  5               1  2  3   1  2  3  4  5  6  7         1  2  3  4  5
# expect:  5  6  7  8  9 10 11   2  3  4  5  6  7  8   6  7  8  9 10 11 12   4  5  6  7  8  9 10   8  9 10 11 12 13 14   6  7  8  9 10 11 12
# expect: 12 13 14 15 16 17 18   9 10 11 12 13 14 15  13 14 15 16 17 18 19  11 12 13 14 15 16 17  15 16 17 18 19 20 21  13 14 15 16 17 18 19
# expect: 19 20 21 22 23 24 25  16 17 18 19 20 21 22  20 21 22 23 24 25 26  18 19 20 21 22 23 24  22 23 24 25 26 27 28  20 21 22 23 24 25 26
# expect: 26 27 28 29 30 31     23 24 25 26 27 28 29  27 28 29 30           25 26 27 28 29 30 31  29 30                 27 28 29 30 31
# expect:                       30 31
print(calendar.TextCalendar(6).formatyear(2025, 2, 1, 3, 4), end='')
# expect:                                            2025
# expect:
# expect:       January                February                March                  April
# expect: Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa
# expect:           1  2  3  4                      1                      1          1  2  3  4  5
# expect:  5  6  7  8  9 10 11    2  3  4  5  6  7  8    2  3  4  5  6  7  8    6  7  8  9 10 11 12
# expect: 12 13 14 15 16 17 18    9 10 11 12 13 14 15    9 10 11 12 13 14 15   13 14 15 16 17 18 19
# expect: 19 20 21 22 23 24 25   16 17 18 19 20 21 22   16 17 18 19 20 21 22   20 21 22 23 24 25 26
# expect: 26 27 28 29 30 31      23 24 25 26 27 28      23 24 25 26 27 28 29   27 28 29 30
# expect:                                               30 31
# expect:
# expect:         May                    June                   July                  August
# expect: Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa
# expect:              1  2  3    1  2  3  4  5  6  7          1  2  3  4  5                   1  2
# expect:  4  5  6  7  8  9 10    8  9 10 11 12 13 14    6  7  8  9 10 11 12    3  4  5  6  7  8  9
# expect: 11 12 13 14 15 16 17   15 16 17 18 19 20 21   13 14 15 16 17 18 19   10 11 12 13 14 15 16
# expect: 18 19 20 21 22 23 24   22 23 24 25 26 27 28   20 21 22 23 24 25 26   17 18 19 20 21 22 23
# expect: 25 26 27 28 29 30 31   29 30                  27 28 29 30 31         24 25 26 27 28 29 30
# expect:                                                                      31
# expect:
# expect:      September               October                November               December
# expect: Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa   Su Mo Tu We Th Fr Sa
# expect:     1  2  3  4  5  6             1  2  3  4                      1       1  2  3  4  5  6
# expect:  7  8  9 10 11 12 13    5  6  7  8  9 10 11    2  3  4  5  6  7  8    7  8  9 10 11 12 13
# expect: 14 15 16 17 18 19 20   12 13 14 15 16 17 18    9 10 11 12 13 14 15   14 15 16 17 18 19 20
# expect: 21 22 23 24 25 26 27   19 20 21 22 23 24 25   16 17 18 19 20 21 22   21 22 23 24 25 26 27
# expect: 28 29 30               26 27 28 29 30 31      23 24 25 26 27 28 29   28 29 30 31
# expect:                                               30
