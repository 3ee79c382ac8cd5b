"""CPU-bound work, kept in its own module so that process-pool workers import only this."""


def risk_score(order_id: int) -> int:
    # Pure Python arithmetic holds the GIL: a thread would not help, a process does.
    score = order_id
    for n in range(200_000):
        score = (score * 31 + n) % 1_000_003
    return score
