// Fsrs::replay: many reviews in a row, eight cards at a time, with next_state's results to the
// last bit.
//
// One review costs two powers and an exponential, and glibc's scalar pow takes about 10 ns here:
// most of an update. Reviews of different cards do not depend on each other, so eight of them,
// of eight different cards, go through the formulas together in two AVX2 registers of four (two
// independent halves, so the processor overlaps their long chains of dependent operations; three
// or four registers measured slower, and groups that large are harder to fill).
//
// Every arithmetic step is the scalar one of fsrs.cpp in the same order: IEEE add, multiply,
// divide, floor, min and max give the same bits in a vector lane, and there is no fused
// multiply-add (the file is compiled with -ffp-contract=off). Only the transcendental functions
// differ: pow(x, y) is exp(y * log(x)) with glibc's vector log and exp (libmvec, within a few
// ulp), about 3 ns a lane instead of 10. A value within a few ulp of std::pow's rounds to the same
// 8 decimals unless it lies right at a rounding edge: a lane where any rounded value that depends
// on a power is that close to an edge (about one in a thousand) is computed again with std::pow.
// So the results are next_state's bit for bit; the tests compare both paths over whole
// histories, and the conformance test runs this one (through `tarikh srs replay`) against ts-fsrs.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "game/srs/fsrs.hpp"

#if defined(__x86_64__) && defined(__GNUC__)
#define TARIKH_SRS_AVX2 1
#include <immintrin.h>

// glibc's libmvec, AVX2 variants (the vector function ABI names of log and exp for 4 doubles).
extern "C" __m256d _ZGVdN4v_log(__m256d);
extern "C" __m256d _ZGVdN4v_exp(__m256d);
#endif

namespace tarikh::srs {

namespace {

constexpr double kMinStability = 0.001;
constexpr double kMaxStability = 36500.0;

#ifdef TARIKH_SRS_AVX2
#define TARIKH_AVX2 __attribute__((target("avx2")))

bool has_avx2() {
  static const bool yes = __builtin_cpu_supports("avx2");
  return yes;
}

// The lanes: AVX2 registers of four doubles, independent of each other.
constexpr int kRegisters = 2;
constexpr int kLanes = 4 * kRegisters;

struct V {
  __m256d r[kRegisters];
};

// Each helper applies one AVX2 operation to every register.
#define TARIKH_LANEWISE(expression)      \
  V v;                                   \
  for (int k = 0; k < kRegisters; ++k) { \
    v.r[k] = expression;                 \
  }                                      \
  return v

TARIKH_AVX2 inline V all(double x) {
  TARIKH_LANEWISE(_mm256_set1_pd(x));
}
TARIKH_AVX2 inline V load(const double* p) {
  TARIKH_LANEWISE(_mm256_load_pd(p + 4 * k));
}
TARIKH_AVX2 inline void store(double* p, V v) {
  for (int k = 0; k < kRegisters; ++k) _mm256_store_pd(p + 4 * k, v.r[k]);
}
TARIKH_AVX2 inline V operator+(V a, V b) {
  TARIKH_LANEWISE(_mm256_add_pd(a.r[k], b.r[k]));
}
TARIKH_AVX2 inline V operator-(V a, V b) {
  TARIKH_LANEWISE(_mm256_sub_pd(a.r[k], b.r[k]));
}
TARIKH_AVX2 inline V operator*(V a, V b) {
  TARIKH_LANEWISE(_mm256_mul_pd(a.r[k], b.r[k]));
}
TARIKH_AVX2 inline V operator/(V a, V b) {
  TARIKH_LANEWISE(_mm256_div_pd(a.r[k], b.r[k]));
}
TARIKH_AVX2 inline V operator|(V a, V b) {
  TARIKH_LANEWISE(_mm256_or_pd(a.r[k], b.r[k]));
}
TARIKH_AVX2 inline V and_not(V a, V b) {  // b and not a
  TARIKH_LANEWISE(_mm256_andnot_pd(a.r[k], b.r[k]));
}
TARIKH_AVX2 inline V lane_floor(V a) {
  TARIKH_LANEWISE(_mm256_floor_pd(a.r[k]));
}
TARIKH_AVX2 inline V lane_nearest(V a) {
  TARIKH_LANEWISE(_mm256_round_pd(a.r[k], _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC));
}
TARIKH_AVX2 inline V lane_abs(V a) {
  TARIKH_LANEWISE(_mm256_andnot_pd(_mm256_set1_pd(-0.0), a.r[k]));
}
// std::max(x, lo) is (x < lo ? lo : x), which is _mm256_max_pd(lo, x); std::min(x, hi) is
// (hi < x ? hi : x), which is _mm256_min_pd(hi, x).
TARIKH_AVX2 inline V lane_max(V x, V lo) {
  TARIKH_LANEWISE(_mm256_max_pd(lo.r[k], x.r[k]));
}
TARIKH_AVX2 inline V lane_min(V x, V hi) {
  TARIKH_LANEWISE(_mm256_min_pd(hi.r[k], x.r[k]));
}
TARIKH_AVX2 inline V clamp(V x, double lo, double hi) {
  return lane_min(lane_max(x, all(lo)), all(hi));
}
template <int Predicate>
TARIKH_AVX2 inline V compare(V a, V b) {
  TARIKH_LANEWISE(_mm256_cmp_pd(a.r[k], b.r[k], Predicate));
}
// Lanes of `mask` that are set take `yes`.
TARIKH_AVX2 inline V select(V mask, V yes, V no) {
  TARIKH_LANEWISE(_mm256_blendv_pd(no.r[k], yes.r[k], mask.r[k]));
}
// One bit per lane.
TARIKH_AVX2 inline unsigned bits(V mask) {
  unsigned b = 0;
  for (int k = 0; k < kRegisters; ++k)
    b |= static_cast<unsigned>(_mm256_movemask_pd(mask.r[k])) << 4 * k;
  return b;
}
TARIKH_AVX2 inline V lane_exp(V x) {
  TARIKH_LANEWISE(_ZGVdN4v_exp(x.r[k]));
}
TARIKH_AVX2 inline V lane_log(V x) {
  TARIKH_LANEWISE(_ZGVdN4v_log(x.r[k]));
}
#undef TARIKH_LANEWISE
TARIKH_AVX2 inline V lane_pow(V x, V y) {
  return lane_exp(y * lane_log(x));
}
// round8 of fsrs.cpp, lane by lane.
TARIKH_AVX2 inline V round8(V x) {
  return lane_floor(x * all(1e8) + all(0.5)) / all(1e8);
}
// The relative distance the vector powers may put a value from std::pow's: a few units in the
// last place (libmvec's log and exp are within 1-4 ulp; the exponent y * log(x) stays under 4 in
// size here, and a handful of multiplications follow), bounded generously.
constexpr double kVectorError = 2e-14;
// Lanes where round8 could come out differently for two values that close: x * 1e8 + 0.5 lies
// that near a whole number. Everywhere else round8 gives std::pow's result to the last bit.
TARIKH_AVX2 inline V near_rounding_edge(V x) {
  const V y = x * all(1e8) + all(0.5);
  return compare<_CMP_LE_OQ>(lane_abs(y - lane_nearest(y)), lane_abs(y) * all(kVectorError));
}
#endif

}  // namespace

struct ReplayKernel {
  static void one(const Fsrs& f, const ReplayStep& step, MemoryState* states, ReplayResult& out) {
    MemoryState& state = states[step.card];
    state = step.elapsed_days < 0
                ? f.next_state(std::nullopt, 0, step.rating)
                : f.next_state(state, static_cast<long>(step.elapsed_days), step.rating);
    out = {state, f.next_interval(state.stability)};
  }

#ifdef TARIKH_SRS_AVX2
  // What depends on the grade alone, indexed by grade - 1.
  struct GradeTables {
    double first_s[4], first_d[4], gain[4], bonus_factor[4];
  };

  static GradeTables tables(const Fsrs& f) {
    GradeTables t{};
    for (int k = 0; k < 4; ++k) {
      // A first review's state, as next_state gives it.
      t.first_s[k] = std::max(f.w_[k], 0.1);
      t.first_d[k] = std::clamp(f.init_difficulty_[k], 1.0, 10.0);
      t.gain[k] = f.short_term_gain_[k];
      // success_stability multiplies by w15 for "hard" and w16 for "easy" (by 1: the same bits).
      t.bonus_factor[k] = k == 1 ? f.w_[15] : k == 3 ? f.w_[16] : 1.0;
    }
    return t;
  }

  // The reviews steps[at[0..7]], of eight different cards.
  TARIKH_AVX2 static void eight(const Fsrs& f, const GradeTables& tables, const ReplayStep* steps,
                                const std::size_t* at, MemoryState* states, ReplayResult* out) {
    const Params& w = f.w_;
    alignas(32) double s[kLanes], d[kLanes], t[kLanes], g[kLanes];
    alignas(32) double first_s[kLanes], first_d[kLanes], gain[kLanes], bonus_factor[kLanes];
    for (int i = 0; i < kLanes; ++i) {  // no branches: grades are as good as random
      const ReplayStep& step = steps[at[i]];
      const MemoryState& state = states[step.card];
      const int k = static_cast<int>(step.rating) - 1;
      s[i] = state.stability;
      d[i] = state.difficulty;
      t[i] = static_cast<double>(step.elapsed_days);  // as next_state converts it
      g[i] = k + 1;
      first_s[i] = tables.first_s[k];
      first_d[i] = tables.first_d[k];
      gain[i] = tables.gain[k];
      bonus_factor[i] = tables.bonus_factor[k];
    }
    const V G = load(g);
    V T = load(t);
    const V first = compare<_CMP_LT_OQ>(T, all(0.0));
    const V same_day = compare<_CMP_EQ_OQ>(T, all(0.0));
    const V lapse = and_not(same_day, and_not(first, compare<_CMP_EQ_OQ>(G, all(1.0))));
    // A first review's lane computes a harmless same-day-like review nobody reads.
    const V S = select(first, all(1.0), load(s));
    const V D = select(first, all(5.0), load(d));
    T = lane_max(T, all(0.0));

    // The one power every kind of review needs: S^-w19 the same day, D^-w12 after a lapse,
    // S^-w9 after a success.
    const V p1 = lane_pow(select(lapse, D, S),
                          select(same_day, all(-w[19]), select(lapse, all(-w[12]), all(-w[9]))));
    // Retrievability: round8(pow(1 + factor * t / s, decay)).
    const V r_exact = lane_pow(all(1.0) + all(f.factor_) * T / S, all(f.decay_));
    const V r = round8(r_exact);
    const V r_edge = near_rounding_edge(r_exact);
    const V e = lane_exp((all(1.0) - r) * select(lapse, all(w[14]), all(w[10])));

    // After a success.
    const V bonus = all(f.exp_w8_) * (all(11.0) - D) * p1 * (e - all(1.0)) * load(bonus_factor);
    V unrounded = clamp(S * (all(1.0) + bonus), kMinStability, kMaxStability);

    // The same day: the gain is at least 1 for hard, good and easy.
    V sinc = p1 * load(gain);
    sinc = select(compare<_CMP_GE_OQ>(G, all(2.0)), lane_max(sinc, all(1.0)), sinc);
    unrounded = select(same_day, clamp(S * sinc, kMinStability, kMaxStability), unrounded);
    V next_s = round8(unrounded);
    V s_edge = near_rounding_edge(unrounded);

    // After a lapse (the second power only when a lane needs it).
    if (bits(lapse) != 0) {
      const V p2 = lane_pow(S + all(1.0), all(w[13]));
      const V forget_unrounded =
          clamp(all(w[11]) * p1 * (p2 - all(1.0)) * e, kMinStability, kMaxStability);
      const V forget = round8(forget_unrounded);
      s_edge = select(lapse, near_rounding_edge(forget_unrounded), s_edge);
      const V floor = round8(S / all(f.lapse_floor_divisor_));
      next_s = select(lapse, lane_min(lane_max(floor, all(kMinStability)), forget), next_s);
    }

    // Difficulty. For "good" the step is round8(±0) = 0, as next_difficulty takes it.
    const V step = round8(all(-w[6]) * (G - all(3.0)) * (all(10.0) - D) / all(9.0));
    const V mean = all(w[7]) * all(f.init_difficulty_[3]) + all(1.0 - w[7]) * (D + step);
    V next_d = clamp(round8(mean), 1.0, 10.0);

    next_s = select(first, load(first_s), next_s);
    next_d = select(first, load(first_d), next_d);
    const V days = lane_floor(next_s * all(f.interval_modifier_) + all(0.5));
    const V interval = clamp(days, 1.0, static_cast<double>(f.maximum_interval_));

    // A lane near a rounding edge is done again the scalar way, so every result is next_state's
    // to the last bit.
    const V edge = and_not(first, r_edge | s_edge);
    const unsigned again = bits(edge);

    alignas(32) double ns[kLanes], nd[kLanes], iv[kLanes];
    store(ns, next_s);
    store(nd, next_d);
    store(iv, interval);
    for (int i = 0; i < kLanes; ++i) {
      if (again & (1u << i)) {
        one(f, steps[at[i]], states, out[at[i]]);
      } else {
        states[steps[at[i]].card] = {ns[i], nd[i]};
        out[at[i]] = {{ns[i], nd[i]}, static_cast<int>(iv[i])};
      }
    }
  }
#endif
};

void Fsrs::replay(std::span<const ReplayStep> steps, std::span<MemoryState> states,
                  std::span<ReplayResult> out, bool vector) const {
  if (out.size() < steps.size()) throw std::invalid_argument("replay: output shorter than input");
  for (const ReplayStep& step : steps) {
    if (step.card >= states.size()) throw std::invalid_argument("replay: card out of range");
    const int grade = static_cast<int>(step.rating);
    if (grade < 1 || grade > 4) throw std::invalid_argument("rating must be 1-4");
  }
  std::size_t i = 0;
#ifdef TARIKH_SRS_AVX2
  if (vector && has_avx2()) {
    const ReplayKernel::GradeTables tables = ReplayKernel::tables(*this);
    // Groups of eight reviews of eight different cards, taken in order from a short window: a
    // review joins unless its card is already in the group or has an earlier review still
    // waiting, so each card's reviews keep their order (reviews of different cards are
    // independent).
    // A card is taken or blocked for the group being formed when its mark is that group's number.
    constexpr std::size_t kWindow = 32;
    std::vector<std::uint8_t> done(steps.size(), 0);
    std::vector<std::uint32_t> mark(states.size(), 0);
    std::uint32_t group = 0;
    while (i < steps.size()) {
      if (done[i]) {
        ++i;
        continue;
      }
      if (++group == 0) {  // the numbers wrapped around: forget every mark
        std::fill(mark.begin(), mark.end(), 0);
        group = 1;
      }
      std::size_t at[kLanes];
      std::size_t count = 0;
      for (std::size_t j = i; j < steps.size() && j < i + kWindow && count < kLanes; ++j) {
        if (done[j]) continue;
        std::uint32_t& card_mark = mark[steps[j].card];
        at[count] = j;  // kept only if the card is free (no branch: that is as good as random)
        count += card_mark != group;
        card_mark = group;
      }
      if (count == kLanes) {
        ReplayKernel::eight(*this, tables, steps.data(), at, states.data(), out.data());
      } else {
        for (std::size_t k = 0; k < count; ++k) {
          ReplayKernel::one(*this, steps[at[k]], states.data(), out[at[k]]);
        }
      }
      for (std::size_t k = 0; k < count; ++k) done[at[k]] = 1;
    }
    return;
  }
#else
  (void)vector;
#endif
  for (; i < steps.size(); ++i) ReplayKernel::one(*this, steps[i], states.data(), out[i]);
}

}  // namespace tarikh::srs
