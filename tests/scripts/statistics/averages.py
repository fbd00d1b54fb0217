# statistics averages: mean/fmean/geometric/harmonic, medians, mode/multimode, quantiles; result types
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
print(st.mean([1, 2, 3, 4, 4]), st.mean([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.mean([1, 2]), st.mean([-1.0, 2.5, 3.25, 5.75]))  # expect: 2.8 1.6071428571428572 1.5 2.625
print(repr(st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)])), repr(st.mean([D('0.5'), D('0.75'), D('0.625'), D('0.375')])), st.mean([True, False, True]))
# expect: Fraction(13, 21) Decimal('0.5625') 0.6666666666666666
print(st.mean(iter([1, 2, 3])), st.mean(range(1, 101)), st.mean([1e308, 1e308]), st.mean([0.1] * 10), st.mean([1, 2.5]), repr(st.mean([1, F(1, 2)])))  # expect: 2 50.5 1e+308 0.1 1.75 Fraction(3, 4)
print(st.mean([1.0, float('inf')]), st.mean([float('nan'), 1.0]), st.mean([D('1'), D('NaN')]), st.mean([float('inf'), float('-inf')]))  # expect: inf nan NaN nan
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(iter([1, 2, 3])), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]))  # expect: 4.25 2.0 2.25
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([4, 9]), st.geometric_mean([2.5, 3.5, 1e-3]))  # expect: 36.000000000000014 6.0 0.20606426499042788
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([0, 5]), st.harmonic_mean([2.5, 3, 10]), repr(st.harmonic_mean([F(1, 2), F(1, 4)])), st.harmonic_mean([7]))
# expect: 48.0 56.0 0 3.6 Fraction(1, 3) 7
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([5, 2, 9, 1]), st.median(['b', 'a', 'c']), st.median([F(1, 2), F(1, 3)]), st.median([D('1.5'), D('2.5')]))  # expect: 3 4.0 3.5 b 5/12 2.0
print(st.median_low([1, 3, 5]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_high(['x', 'y']), st.median_low(['x', 'y']))  # expect: 3 3 5 y x
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2), st.median_grouped([3.5]), st.median_grouped([1, 2, 3, 4]), repr(st.median_grouped([7])), st.median_grouped(['1', '3']))
# expect: 52.5 3.25 3.4 3.5 2.5 7.0 2.5
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.mode('aab'), st.mode([1, 2]), st.mode([2.5, 2.5, 1]))  # expect: 3 red a 1 2.5
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode([]), st.multimode([1, 2, 3]), st.multimode([3, 1, 1, 3]))  # expect: ['b', 'd', 'f'] [] [1, 2, 3] [3, 1]
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print([round(q, 1) for q in st.quantiles(data, n=10)])  # expect: [81.0, 86.2, 89.0, 99.4, 102.5, 103.6, 106.0, 109.8, 111.0]
print(st.quantiles([1, 2, 3, 4, 5]), st.quantiles([1, 2, 3, 4, 5], method='inclusive'), st.quantiles([1, 2], n=3), st.quantiles([1.5, 2.5, 10], n=2))  # expect: [1.5, 3.0, 4.5] [2.0, 3.0, 4.0] [1.0, 2.0] [2.5]
print(st.quantiles([F(1, 2), F(3, 2), F(5, 2)], n=4), st.quantiles(range(10), n=5, method='inclusive'), st.quantiles([1, 2, 3], n=1))
# expect: [Fraction(1, 2), Fraction(3, 2), Fraction(5, 2)] [1.8, 3.6, 5.4, 7.2] []
print(type(st.mean([1, 2, 3])).__name__, type(st.mean([1, 2])).__name__, type(st.median([1, 2])).__name__, type(st.median([1, 3])).__name__, type(st.fmean([1])).__name__)  # expect: int float float float float
class MyFloat(float):
    pass
print(type(st.mean([MyFloat(1.5), 2.5])).__name__, type(st.mean([1, MyFloat(2)])).__name__)  # expect: MyFloat MyFloat
print(st.fmean([F(1, 3), F(2, 3)]), st.geometric_mean([F(1, 2), D(8)]))  # expect: 0.5 1.9999999999999998
