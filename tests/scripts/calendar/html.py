# HTMLCalendar output, CSS class overrides and the full year page
import calendar
h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2), end='')
# expect: <table border="0" cellpadding="0" cellspacing="0" class="month">
# expect: <tr><th colspan="7" class="month">February 2024</th></tr>
# expect: <tr><th class="mon">Mon</th><th class="tue">Tue</th><th class="wed">Wed</th><th class="thu">Thu</th><th class="fri">Fri</th><th class="sat">Sat</th><th class="sun">Sun</th></tr>
# expect: <tr><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td><td class="thu">1</td><td class="fri">2</td><td class="sat">3</td><td class="sun">4</td></tr>
# expect: <tr><td class="mon">5</td><td class="tue">6</td><td class="wed">7</td><td class="thu">8</td><td class="fri">9</td><td class="sat">10</td><td class="sun">11</td></tr>
# expect: <tr><td class="mon">12</td><td class="tue">13</td><td class="wed">14</td><td class="thu">15</td><td class="fri">16</td><td class="sat">17</td><td class="sun">18</td></tr>
# expect: <tr><td class="mon">19</td><td class="tue">20</td><td class="wed">21</td><td class="thu">22</td><td class="fri">23</td><td class="sat">24</td><td class="sun">25</td></tr>
# expect: <tr><td class="mon">26</td><td class="tue">27</td><td class="wed">28</td><td class="thu">29</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td></tr>
# expect: </table>
print(calendar.HTMLCalendar(6).formatmonth(2021, 8, withyear=False), end='')
# expect: <table border="0" cellpadding="0" cellspacing="0" class="month">
# expect: <tr><th colspan="7" class="month">August</th></tr>
# expect: <tr><th class="sun">Sun</th><th class="mon">Mon</th><th class="tue">Tue</th><th class="wed">Wed</th><th class="thu">Thu</th><th class="fri">Fri</th><th class="sat">Sat</th></tr>
# expect: <tr><td class="sun">1</td><td class="mon">2</td><td class="tue">3</td><td class="wed">4</td><td class="thu">5</td><td class="fri">6</td><td class="sat">7</td></tr>
# expect: <tr><td class="sun">8</td><td class="mon">9</td><td class="tue">10</td><td class="wed">11</td><td class="thu">12</td><td class="fri">13</td><td class="sat">14</td></tr>
# expect: <tr><td class="sun">15</td><td class="mon">16</td><td class="tue">17</td><td class="wed">18</td><td class="thu">19</td><td class="fri">20</td><td class="sat">21</td></tr>
# expect: <tr><td class="sun">22</td><td class="mon">23</td><td class="tue">24</td><td class="wed">25</td><td class="thu">26</td><td class="fri">27</td><td class="sat">28</td></tr>
# expect: <tr><td class="sun">29</td><td class="mon">30</td><td class="tue">31</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td><td class="noday">&nbsp;</td></tr>
# expect: </table>
print(h.formatday(0, 3), h.formatday(12, 3), h.formatweekday(5))  # expect: <td class="noday">&nbsp;</td> <td class="thu">12</td> <th class="sat">Sat</th>
print(h.formatweek([(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6)]))  # expect: <tr><td class="noday">&nbsp;</td><td class="tue">1</td><td class="wed">2</td><td class="thu">3</td><td class="fri">4</td><td class="sat">5</td><td class="sun">6</td></tr>
print(h.formatweekheader())  # expect: <tr><th class="mon">Mon</th><th class="tue">Tue</th><th class="wed">Wed</th><th class="thu">Thu</th><th class="fri">Fri</th><th class="sat">Sat</th><th class="sun">Sun</th></tr>
print(calendar.HTMLCalendar(4).formatweekheader())  # expect: <tr><th class="fri">Fri</th><th class="sat">Sat</th><th class="sun">Sun</th><th class="mon">Mon</th><th class="tue">Tue</th><th class="wed">Wed</th><th class="thu">Thu</th></tr>
print(h.formatmonthname(2020, 5), h.formatmonthname(2020, 5, False))  # expect: <tr><th colspan="7" class="month">May 2020</th></tr> <tr><th colspan="7" class="month">May</th></tr>
y = h.formatyear(2023, 5)
print(len(y), y.count('<table'), y.count('<tr>'), y[:180])
# expect: 15013 13 91 <table border="0" cellpadding="0" cellspacing="0" class="year">
# expect: <tr><th colspan="5" class="year">2023</th></tr><tr><td><table border="0" cellpadding="0" cellspacing="0" class="mont
print(y[-60:])
# expect: /td><td class="sun">31</td></tr>
# expect: </table>
# expect: </td></tr></table>
print(h.formatyear(2023, 0)[:140])
# expect: <table border="0" cellpadding="0" cellspacing="0" class="year">
# expect: <tr><th colspan="1" class="year">2023</th></tr><tr><td><table border="0" cel
class MyCal(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclasses_weekday_head = ['A', 'B', 'C', 'D', 'E', 'F', 'G']
    cssclass_noday = 'z'
    cssclass_month_head = 'mh'
    cssclass_month = 'mm'
    cssclass_year = 'yy'
    cssclass_year_head = 'yh'
m = MyCal(1)
print(m.formatmonth(2024, 3), end='')
# expect: <table border="0" cellpadding="0" cellspacing="0" class="mm">
# expect: <tr><th colspan="7" class="mh">March 2024</th></tr>
# expect: <tr><th class="B">Tue</th><th class="C">Wed</th><th class="D">Thu</th><th class="E">Fri</th><th class="F">Sat</th><th class="G">Sun</th><th class="A">Mon</th></tr>
# expect: <tr><td class="z">&nbsp;</td><td class="z">&nbsp;</td><td class="z">&nbsp;</td><td class="e">1</td><td class="f">2</td><td class="g">3</td><td class="a">4</td></tr>
# expect: <tr><td class="b">5</td><td class="c">6</td><td class="d">7</td><td class="e">8</td><td class="f">9</td><td class="g">10</td><td class="a">11</td></tr>
# expect: <tr><td class="b">12</td><td class="c">13</td><td class="d">14</td><td class="e">15</td><td class="f">16</td><td class="g">17</td><td class="a">18</td></tr>
# expect: <tr><td class="b">19</td><td class="c">20</td><td class="d">21</td><td class="e">22</td><td class="f">23</td><td class="g">24</td><td class="a">25</td></tr>
# expect: <tr><td class="b">26</td><td class="c">27</td><td class="d">28</td><td class="e">29</td><td class="f">30</td><td class="g">31</td><td class="z">&nbsp;</td></tr>
# expect: </table>
print(m.formatyear(2024, 6)[:200])
# expect: <table border="0" cellpadding="0" cellspacing="0" class="yy">
# expect: <tr><th colspan="6" class="yh">2024</th></tr><tr><td><table border="0" cellpadding="0" cellspacing="0" class="mm">
# expect: <tr><th colspan="7" cla
page = h.formatyearpage(2021, 2, css=None, encoding='ascii')
print(type(page).__name__, len(page))  # expect: bytes 14911
print(page[:320].decode())
# expect: <?xml version="1.0" encoding="ascii"?>
# expect: <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
# expect: <html>
# expect: <head>
# expect: <meta http-equiv="Content-Type" content="text/html; charset=ascii" />
# expect: <title>Calendar for 2021</title>
# expect: </head>
# expect: <body>
# expect: <table border="0" cellpadding="0" cells
page2 = h.formatyearpage(2021)
print(page2[:430].decode())
# expect: <?xml version="1.0" encoding="utf-8"?>
# expect: <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
# expect: <html>
# expect: <head>
# expect: <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
# expect: <link rel="stylesheet" type="text/css" href="calendar.css" />
# expect: <title>Calendar for 2021</title>
# expect: </head>
# expect: <body>
# expect: <table border="0" cellpadding="0" cellspacing="0" class="year">
# expect: <tr><th colspan="3" cla
print(page2[-40:])  # expect: b'able>\n</td></tr></table></body>\n</html>\n'
print(calendar.LocaleHTMLCalendar(locale='C').formatmonthname(2020, 5), repr(calendar.LocaleTextCalendar(0, 'C').formatweekday(0, 5)))  # expect: <tr><th colspan="7" class="month">May 2020</th></tr> ' Mon '
