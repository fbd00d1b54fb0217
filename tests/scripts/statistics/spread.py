# statistics spread: variance/pvariance/stdev/pstdev (exact, correctly rounded), with int/float/Fraction/Decimal
import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D, localcontext
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.variance(data), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]))  # expect: 1.3720238095238095 1.25 1.6666666666666667 1.25
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4]), st.pstdev([1, 2, 3, 4]))
# expect: 1.0810874155219827 0.986893273527251 1.2909944487358056 1.118033988749895
print(repr(st.variance([F(1, 6), F(1, 2), F(5, 3)])), repr(st.pvariance([F(1, 4), F(5, 4), F(1, 2)])), repr(st.variance([D('27.5'), D('30.25'), D('30.25'), D('34.5'), D('41.75')])))
# expect: Fraction(67, 108) Fraction(13, 72) Decimal('31.01875')
print(repr(st.stdev([D('1.5'), D('2.5'), D('3.25')])), repr(st.pstdev([D(1), D(2), D(4)])), repr(st.stdev([F(1), F(2), F(4)])))
# expect: Decimal('0.8779711460710615707001170552') Decimal('1.247219128924647128527916244') 1.5275252316519468
with localcontext(prec=10):
    print(repr(st.stdev([D('1.5'), D('2.5'), D('3.25')])), repr(st.variance([D(1), D(2), D(4)])))  # expect: Decimal('0.8779711461') Decimal('2.333333333')
print(st.variance([1, 2, 3, 4], xbar=2.5), st.pvariance([1, 2, 3, 4], mu=2), st.stdev([1, 2, 3, 4], 2.5), st.pstdev([1.0, 2.0], mu=1.5))  # expect: 1.6666666666666667 1.5 1.2909944487358056 0.5
print(st.variance([1, 2, float('nan')]), st.variance([1, 2, float('inf')]), st.pvariance([D('NaN'), D(1)]))  # expect: nan inf NaN
print(st.variance([5, 5, 5]), st.stdev([5, 5, 5]), st.pvariance([7]), st.pstdev([7.5]), st.variance(iter([1, 2, 3])), st.pvariance(range(10)))  # expect: 0 0.0 0 0.0 1 8.25
print(st.variance([1e9 + 1, 1e9 + 2, 1e9 + 3]), st.stdev([1e-9, 2e-9, 3e-9]), st.pvariance([0.1, 0.2, 0.3]), st.stdev([10**20, 10**20 + 2]))  # expect: 1.0 1e-09 0.006666666666666665 1.4142135623730951
print(type(st.variance([1, 2, 3])).__name__, type(st.variance([1, 2])).__name__, type(st.stdev([1, 2, 3])).__name__, type(st.pvariance([F(1), 2])).__name__)  # expect: int float float Fraction
# correctly rounded square roots: the sample below needs the exact method
print(st.stdev([0.0, 1.0, 3.0, 4.0, 8.0, 13.0]), st.pstdev([1, 1, 1, 2]), st.stdev([3, 7, 7, 19]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))  # expect: 4.875106836436168 0.4330127018922193 6.928203230275509 2.0
for f, args in [(st.variance, ([1],)), (st.stdev, ([],)), (st.pvariance, ([],)), (st.pstdev, ([],))]:
    try:
        f(*args)
    except st.StatisticsError as e:
        print(f.__name__, 'StatisticsError:', e)
        # expect: variance StatisticsError: variance requires at least two data points
        # expect: stdev StatisticsError: stdev requires at least two data points
        # expect: pvariance StatisticsError: pvariance requires at least one data point
        # expect: pstdev StatisticsError: pstdev requires at least one data point
try:
    st.variance(['a', 'b'])
except TypeError as e:
    print('TypeError', e)  # expect: TypeError can't convert type 'str' to numerator/denominator
try:
    st.variance([1.5, F(1, 2), D(1)])
except TypeError as e:
    print('TypeError', 'coerce' in str(e))  # expect: TypeError True
print(issubclass(st.StatisticsError, ValueError))  # expect: True
