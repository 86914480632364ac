package io.charterline.change;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeVoteRepository extends JpaRepository<ChangeVote, Long> {

    List<ChangeVote> findByChangeRequestIdOrderByVotedAtAscIdAsc(Long changeRequestId);
}
