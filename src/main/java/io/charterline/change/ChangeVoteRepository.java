package io.charterline.change;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ChangeVoteRepository extends JpaRepository<ChangeVote, Long> {

    @Query("select v from ChangeVote v where v.changeRequestId = :changeRequestId order by v.votedAt, v.id")
    List<ChangeVote> findByChangeRequestIdOrderByVotedAtAscIdAsc(Long changeRequestId);
}
