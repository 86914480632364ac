package io.charterline.change;

import static io.charterline.change.ChangeControlVariables.*;

import io.charterline.platform.identity.CharterlineGroups;
import io.charterline.platform.process.ProcessVariables;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Selects who votes on the change: every member of the change control board except the requester, who is never
 * offered a decision on their own change. The list is fixed for this vote, so the majority cannot shift when
 * board membership changes meanwhile.
 */
@Component
public class SelectCcbVotersDelegate implements JavaDelegate {

    private final IdentityService identityService;

    public SelectCcbVotersDelegate(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requester = new ProcessVariables(execution).string(REQUESTER);
        List<String> voters = new ArrayList<>(identityService.createUserQuery()
                .memberOfGroup(CharterlineGroups.CCB).orderByUserId().asc().list().stream()
                .map(User::getId)
                .filter(id -> !id.equals(requester))
                .toList());
        execution.setVariable(CCB_VOTERS, voters);
    }
}
