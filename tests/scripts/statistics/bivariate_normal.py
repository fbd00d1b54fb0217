# statistics: covariance, correlation, linear_regression, NormalDist, and error messages
import statistics as st
from statistics import NormalDist, StatisticsError
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.covariance(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.covariance([1.5, 2.5], [3.0, 1.0]))  # expect: 0.75 -7.5 -1.0
print(st.correlation(x, x), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), st.correlation(x, y), st.correlation([0.1, 0.4, 0.35], [1.2, 3.3, 2.9]))  # expect: 1.0 -1.0 0.31622776601683794 0.9997080781207226
r = st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
print(r, r.slope, r.intercept, type(r).__name__, st.linear_regression(x, y), st.linear_regression(x, y, proportional=True))
# expect: LinearRegression(slope=2.0, intercept=1.0) 2.0 1.0 LinearRegression LinearRegression(slope=0.1, intercept=1.5) LinearRegression(slope=0.3368421052631579, intercept=0.0)
year = [1971, 1975, 1979, 1982, 1983]
films = [1, 2, 3, 4, 5]
slope, intercept = st.linear_regression(year, films)
print(round(slope * 2019 + intercept))  # expect: 16
nd = NormalDist(100, 15)
print(nd, repr(NormalDist()), nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)  # expect: NormalDist(mu=100.0, sigma=15.0) NormalDist(mu=0.0, sigma=1.0) 100.0 100.0 100.0 15.0 225.0
print(nd.cdf(130), nd.pdf(100), nd.inv_cdf(0.975), nd.zscore(115), nd.quantiles(), NormalDist().quantiles(5))
# expect: 0.9772498680518208 0.02659615202676218 129.3994597681008 1.0 [89.88265374705878, 100.0, 110.11734625294122] [-0.8416212335729142, -0.2533471031357998, 0.2533471031357998, 0.8416212335729144]
print([NormalDist().inv_cdf(p) for p in (1e-300, 1e-20, 0.001, 0.02, 0.3, 0.5, 0.7, 0.9999, 1 - 1e-12)])
# expect: [-37.0470962993612, -9.262340089798405, -3.090232306167813, -2.0537489106318225, -0.5244005127080407, 0.0, 0.5244005127080407, 3.7190164854557084, 7.0344869100478356]
print(nd.overlap(NormalDist(110, 10)), NormalDist(0, 1).overlap(NormalDist(0, 1)), NormalDist(2, 3).overlap(NormalDist(5, 3)))  # expect: 0.6538769160102378 1.0 0.6170750774519738
print(nd + 5, nd - NormalDist(10, 20), nd * 2, nd / 3, -nd, +nd, 5 - nd, 2 * nd, nd + NormalDist(0, 20))
# expect: NormalDist(mu=105.0, sigma=15.0) NormalDist(mu=90.0, sigma=25.0) NormalDist(mu=200.0, sigma=30.0) NormalDist(mu=33.333333333333336, sigma=5.0) NormalDist(mu=-100.0, sigma=15.0) NormalDist(mu=100.0, sigma=15.0) NormalDist(mu=-95.0, sigma=15.0) NormalDist(mu=200.0, sigma=30.0) NormalDist(mu=100.0, sigma=25.0)
print(nd == NormalDist(100, 15), nd == NormalDist(100, 16), nd == 5, hash(nd) == hash(NormalDist(100.0, 15.0)), len({nd, NormalDist(100, 15)}))  # expect: True False False True 1
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), NormalDist(3, 0).mean)  # expect: NormalDist(mu=2.716666666666667, sigma=0.5076087732365021) 3.0
s = NormalDist(0, 1).samples(4, seed=42)
print(len(s), [round(v, 12) for v in s] == [round(v, 12) for v in NormalDist(0, 1).samples(4, seed=42)])  # expect: 4 True
errs = [
    lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).pdf(1), lambda: NormalDist(0, 0).cdf(1), lambda: NormalDist(0, 0).inv_cdf(0.5),
    lambda: NormalDist().inv_cdf(0), lambda: NormalDist().inv_cdf(1.5), lambda: NormalDist(0, 0).zscore(1), lambda: NormalDist(0, 0).overlap(NormalDist()),
    lambda: NormalDist.from_samples([1]),
    lambda: st.covariance([1, 2], [1]), lambda: st.covariance([1], [1]), lambda: st.correlation([1, 2, 3], [1, 2]), lambda: st.correlation([1], [2]),
    lambda: st.correlation([1, 1, 1], [1, 2, 3]), lambda: st.linear_regression([1, 2], [1]), lambda: st.linear_regression([1], [1]),
    lambda: st.linear_regression([1, 1], [2, 3]),
    lambda: st.mean([]), lambda: st.fmean([]), lambda: st.fmean([1, 2], weights=[1]), lambda: st.fmean([1, 2], weights=[1, -1]),
    lambda: st.median([]), lambda: st.median_low([]), lambda: st.median_high([]), lambda: st.median_grouped([]), lambda: st.mode([]),
    lambda: st.geometric_mean([]), lambda: st.geometric_mean([1, -1]), lambda: st.geometric_mean([0, 1]),
    lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([1, -1]), lambda: st.harmonic_mean([-2]), lambda: st.harmonic_mean([1, 2], weights=[1]),
    lambda: st.harmonic_mean([1, 2], weights=[0, 0]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0),
]
for f in errs:
    try:
        f()
        print('no error')
    except StatisticsError as e:
        print('StatisticsError:', e)
        # expect: StatisticsError: sigma must be non-negative
        # expect: StatisticsError: pdf() not defined when sigma is zero
        # expect: StatisticsError: cdf() not defined when sigma is zero
        # expect: StatisticsError: cdf() not defined when sigma at or below zero
        # expect: StatisticsError: p must be in the range 0.0 < p < 1.0
        # expect: StatisticsError: p must be in the range 0.0 < p < 1.0
        # expect: StatisticsError: zscore() not defined when sigma is zero
        # expect: StatisticsError: overlap() not defined when sigma is zero
        # expect: StatisticsError: stdev requires at least two data points
        # expect: StatisticsError: covariance requires that both inputs have same number of data points
        # expect: StatisticsError: covariance requires at least two data points
        # expect: StatisticsError: correlation requires that both inputs have same number of data points
        # expect: StatisticsError: correlation requires at least two data points
        # expect: StatisticsError: at least one of the inputs is constant
        # expect: StatisticsError: linear regression requires that both inputs have same number of data points
        # expect: StatisticsError: linear regression requires at least two data points
        # expect: StatisticsError: x is constant
        # expect: StatisticsError: mean requires at least one data point
        # expect: StatisticsError: fmean requires at least one data point
        # expect: StatisticsError: data and weights must be the same length
        # expect: StatisticsError: sum of weights must be non-zero
        # expect: StatisticsError: no median for empty data
        # expect: StatisticsError: no median for empty data
        # expect: StatisticsError: no median for empty data
        # expect: StatisticsError: no median for empty data
        # expect: StatisticsError: no mode for empty data
        # expect: StatisticsError: geometric mean requires a non-empty dataset containing positive numbers
        # expect: StatisticsError: geometric mean requires a non-empty dataset containing positive numbers
        # expect: StatisticsError: geometric mean requires a non-empty dataset containing positive numbers
        # expect: StatisticsError: harmonic_mean requires at least one data point
        # expect: StatisticsError: harmonic mean does not support negative values
        # expect: StatisticsError: harmonic mean does not support negative values
        # expect: StatisticsError: Number of weights does not match data size
        # expect: StatisticsError: Weighted sum must be positive
        # expect: StatisticsError: must have at least two data points
        # expect: StatisticsError: n must be at least 1
for f in [lambda: NormalDist().overlap(5), lambda: st.quantiles([1, 2], method='nearest'), lambda: st.median_grouped(['a', 'b']), lambda: st.mean(['1', '2']), lambda: st.harmonic_mean(['x']), lambda: st.mean([1, None])]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
        # expect: TypeError: Expected another NormalDist instance
        # expect: ValueError: Unknown method: 'nearest'
        # expect: TypeError: Value cannot be converted to a float
        # expect: TypeError: can't convert type 'str' to numerator/denominator
        # expect: TypeError: unsupported type
        # expect: TypeError: can't convert type 'NoneType' to numerator/denominator
print(sorted(st.__all__))
# expect: ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']
